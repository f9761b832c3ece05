/**
 * ICCID: the SIM's serial number, printed on the card and shown in the phone's settings.
 * 18–22 digits (ITU-T E.118; most are 19 or 20), starting with the telecom prefix 89,
 * the last digit a Luhn check digit. People copy it with spaces or dashes, so those
 * are dropped first.
 */
export type IccidProblem = 'iccid.digits' | 'iccid.length' | 'iccid.prefix' | 'iccid.checkDigit';

export const ICCID_MIN_DIGITS = 18;
export const ICCID_MAX_DIGITS = 22;

/** The ICCID as digits only, for storage and comparison. */
export function normaliseIccid(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** What is wrong with an ICCID, or `undefined` when it is a valid one. */
export function iccidProblem(input: string): IccidProblem | undefined {
  const digits = normaliseIccid(input);
  if (!/^\d+$/.test(digits)) return 'iccid.digits';
  if (digits.length < ICCID_MIN_DIGITS || digits.length > ICCID_MAX_DIGITS) return 'iccid.length';
  if (!digits.startsWith('89')) return 'iccid.prefix';
  if (!passesLuhn(digits)) return 'iccid.checkDigit';
  return undefined;
}

/** The Luhn (mod 10) check over all digits, the last being the check digit. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The check digit that makes `body` pass Luhn: used by tests and sample data. */
export function luhnCheckDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    if (passesLuhn(`${body}${digit}`)) return String(digit);
  }
  throw new Error('unreachable: one of ten digits always passes');
}
