import type { z } from '../schema/z';

/**
 * A problem found in input, for people: where (`plans[3].iccid`) and what, as a code
 * (`iccid.checkDigit`). The UI turns the code into a sentence in the reader's language
 * through the `validation_<code with _ for .>` message (validationMessageName).
 */
export interface ValidationError {
  path: string;
  code: string;
}

/**
 * Every code our schemas and checks produce. Each has a `validation_…` message in every
 * language (tests/unit/locales.test.ts checks it).
 */
export const VALIDATION_CODES = [
  'value.required',
  'value.wrongType',
  'value.unknownField',
  'value.notAllowed',
  'value.tooSmall',
  'value.tooBig',
  'value.format',
  'id.format',
  'label.required',
  'text.format',
  'text.tooLong',
  'carrier.unknown',
  'carrierName.required',
  'country.format',
  'coverage.tooMany',
  'currency.format',
  'currency.unknown',
  'amount.format',
  'amount.negative',
  'period.unit',
  'period.count',
  'url.https',
  'instant.format',
  'timeZone.unknown',
  'expiryPrecision.unknown',
  'anchorDay.range',
  'boolean.format',
  'email.format',
  'phone.invalid',
  'phone.tooShort',
  'phone.tooLong',
  'phone.country',
  'iccid.digits',
  'iccid.length',
  'iccid.prefix',
  'iccid.checkDigit',
  'activationCode.format',
  'activationCode.address',
  'expiry.beforeStart',
  'channel.unknown',
  'renewal.notLater',
  'renewal.noPeriod',
  'renewal.amountBelowTable',
  'time.format',
  'leadTime.range',
  'leadTime.format',
  'leadTime.tooMany',
  'language.unknown',
  'dateFormat.unknown',
  'backup.tooLarge',
  'backup.notJson',
  'backup.notOurs',
  'backup.futureVersion',
  'backup.unknownVersion',
  'backup.invalid',
  'backup.duplicateIds',
  'backup.orphanRenewal',
  'backup.tooManyPlans',
  'backup.tooManyRenewals',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** Codes for zod's own checks (wrong type, missing field…), where our schemas set none. */
const GENERIC_CODES: Record<string, string> = {
  invalid_type: 'value.wrongType',
  unrecognized_keys: 'value.unknownField',
  invalid_value: 'value.notAllowed',
  invalid_union: 'value.notAllowed',
  too_small: 'value.tooSmall',
  too_big: 'value.tooBig',
  invalid_format: 'value.format',
  not_multiple_of: 'value.format',
  invalid_key: 'value.format',
  invalid_element: 'value.format',
  custom: 'value.format',
};

/** Our codes look like `area.problem`; anything else came from zod itself. */
const OUR_CODE = /^[a-zA-Z]+\.[a-zA-Z]+$/;

/**
 * The problems of a failed parse. Pass the parsed `input` too when you have it: zod does not
 * keep the input in its issues, and a missing field (`value.required`) is told apart from
 * a wrong one by looking the path up in it.
 */
export function validationErrors(
  error: z.ZodError,
  pathPrefix: (string | number)[] = [],
  input?: unknown,
): ValidationError[] {
  return error.issues.map((issue) => {
    const missing =
      issue.code === 'invalid_type' &&
      (input === undefined ? /received undefined$/.test(issue.message) : valueAt(input, issue.path) === undefined);
    const code = missing ? 'value.required' : OUR_CODE.test(issue.message) ? issue.message : (GENERIC_CODES[issue.code] ?? 'value.format');
    return { path: formatPath([...pathPrefix, ...issue.path]), code };
  });
}

/** `['plans', 3, 'iccid']` → `plans[3].iccid`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const name = String(part);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** The i18n message that explains a code: `iccid.checkDigit` → `validation_iccid_checkDigit`. */
export function validationMessageName(code: string): string {
  return `validation_${code.replace('.', '_')}`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, part) ? (current as Record<PropertyKey, unknown>)[part] : undefined;
  }
  return current;
}
