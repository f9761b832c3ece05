/**
 * Country calling codes with two digits (ITU E.164 list); 1 and 7 have one, every other
 * code three. Enough to split a stored number without shipping libphonenumber's metadata
 * in the popup.
 */
const TWO_DIGIT_CALLING_CODES = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53',
  '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94',
  '95', '98',
]);

/**
 * "+39 333 ••• 4567": the country code and the first three digits tell which line it is
 * (an Italian mobile, an Azercell 050…), the last four tell one's own lines apart; the
 * middle stays hidden from anyone looking over a shoulder. Too short a number to hide
 * a middle of shows only its last four digits.
 */
export function maskPhoneNumberForGlance(e164: string): string {
  const { countryCode, national } = splitCallingCode(e164);
  const last = national.slice(-4);
  const prefix = national.length >= 9 ? ` ${national.slice(0, 3)}` : '';
  return `+${countryCode}${prefix} ••• ${last}`;
}

/**
 * `+994501234567` → country code `994`, national number `501234567`. Calling codes are
 * prefix-free, so the split needs no number metadata (libphonenumber's would add 30 KB to
 * the service worker, which cannot load it on demand).
 */
export function splitCallingCode(e164: string): { countryCode: string; national: string } {
  const digits = e164.replace(/\D/g, '');
  const codeLength = digits.startsWith('1') || digits.startsWith('7') ? 1 : TWO_DIGIT_CALLING_CODES.has(digits.slice(0, 2)) ? 2 : 3;
  return { countryCode: digits.slice(0, codeLength), national: digits.slice(codeLength) };
}
