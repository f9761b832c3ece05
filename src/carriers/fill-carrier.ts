import type { Carrier } from './carrier-schema';
import { carrierById, carrierForUrl } from './registry';

/** A carrier whose web top-up form we fill. */
export type FillCarrier = Carrier & { autofill: Exclude<Carrier['autofill'], false> };

export function isFillCarrier(carrier: Carrier | undefined): carrier is FillCarrier {
  return carrier !== undefined && carrier.autofill !== false;
}

/**
 * The fill carrier a tab shows, judged by its https address alone (the background reads
 * `sender.tab.url` or the active tab's url; a page never says which carrier it is).
 */
export function fillCarrierForUrl(url: string | undefined): FillCarrier | undefined {
  const carrier = url === undefined ? undefined : carrierForUrl(url);
  return isFillCarrier(carrier) ? carrier : undefined;
}

export function fillCarrierById(id: string): FillCarrier | undefined {
  const carrier = carrierById(id);
  return isFillCarrier(carrier) ? carrier : undefined;
}
