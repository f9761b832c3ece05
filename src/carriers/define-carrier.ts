import type { Carrier } from './carrier-schema';

export type { Carrier } from './carrier-schema';

/**
 * Declares one carrier. Carrier files are static data, so they are validated against
 * `carrierSchema` where a mistake can still be fixed — when the extension is built
 * (wxt.config.ts) and in the contract test (registry.test.ts) — rather than in every
 * carrier page the content script runs in, which then needs no schema library.
 */
export function defineCarrier(carrier: Carrier): Carrier {
  return carrier;
}
