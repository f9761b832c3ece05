import type { Carrier } from '../carriers/define-carrier';
import type { Plan } from './plan';

/** What choosing a carrier fills in on a new plan; the person can change each. */
export type CarrierDefaults = Pick<Plan, 'carrierId' | 'timeZone' | 'period'> &
  Partial<Pick<Plan, 'country' | 'coverage'>> & { currency: string };

/**
 * The defaults a carrier gives a new plan: its country (or a seller's coverage), time zone,
 * usual period and currency. The renewal page is not copied: a plan without its own
 * `renewalUrl` follows the carrier's, so a carrier that moves its page needs one fix.
 */
export function carrierDefaults(carrier: Carrier): CarrierDefaults {
  return {
    carrierId: carrier.id,
    timeZone: carrier.timeZone,
    period: { ...carrier.period },
    currency: carrier.currency,
    ...(carrier.country ? { country: carrier.country } : {}),
    ...(Array.isArray(carrier.coverage) ? { coverage: [...carrier.coverage] } : {}),
  };
}

/** The page where this plan is renewed: its own, else its carrier's. */
export function renewalUrlOf(plan: Pick<Plan, 'renewalUrl'>, carrier: Carrier | undefined): string | undefined {
  return plan.renewalUrl ?? carrier?.renewalUrl;
}
