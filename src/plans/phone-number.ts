import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PhoneNumberProblem = 'phone.invalid' | 'phone.tooShort' | 'phone.tooLong' | 'phone.country';

export type PhoneNumberResult = { ok: true; e164: string } | { ok: false; problem: PhoneNumberProblem };

/**
 * Reads a number as a person types it — `333 123 4567` with Italy, `050 123 45 67` with
 * Azerbaijan, `+39 333 1234567` with anything — and gives it in E.164 (`+393331234567`),
 * the one form we store. `country` is the plan's (or its carrier's) country, used when
 * the number has no international prefix. libphonenumber-js does the reading: national
 * prefixes, lengths and number ranges are its data, not ours.
 */
export function normalisePhoneNumber(input: string, country?: string): PhoneNumberResult {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'phone.invalid' };
  const defaultCountry = country && /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
  const hasInternationalPrefix = /^(\+|00)/.test(text);
  if (!hasInternationalPrefix && defaultCountry === undefined) return { ok: false, problem: 'phone.country' };
  const parsed = parsePhoneNumberFromString(text.replace(/^00/, '+'), defaultCountry);
  if (!parsed) {
    const digits = text.replace(/\D/g, '');
    return { ok: false, problem: digits.length > 0 && digits.length < 6 ? 'phone.tooShort' : 'phone.invalid' };
  }
  if (!parsed.isPossible()) {
    const digits = parsed.nationalNumber.length;
    return { ok: false, problem: digits < 8 ? 'phone.tooShort' : digits > 12 ? 'phone.tooLong' : 'phone.invalid' };
  }
  if (!parsed.isValid()) return { ok: false, problem: 'phone.invalid' };
  return { ok: true, e164: parsed.number };
}

/** True for a stored number: E.164 and a valid number. */
export function isE164PhoneNumber(value: string): boolean {
  if (!/^\+[1-9]\d{6,14}$/.test(value)) return false;
  const result = normalisePhoneNumber(value);
  return result.ok && result.e164 === value;
}
