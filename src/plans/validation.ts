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

export function validationErrors(error: z.ZodError, pathPrefix: (string | number)[] = []): ValidationError[] {
  return error.issues.map((issue) => {
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
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
