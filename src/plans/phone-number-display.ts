import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A stored number as people write it, with the spaces of its country: `+393331234567` →
 * `+39 333 123 4567`. Anything libphonenumber cannot read comes back as given.
 */
export function formatPhoneNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
