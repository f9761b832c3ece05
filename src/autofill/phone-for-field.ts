import type { Control } from './control';
import type { FillableKind } from './field-kind';
import type { PhoneValues } from './fill-values';
import { currentValue, type Entry } from './set-value';
import { boundedText } from './signals';

export type PhoneKind = Extract<FillableKind, `tel${string}`>;

/**
 * The form of the number a field wants, read from what the page shows a person: its
 * placeholder ("es. 333 1234567", "+994 50 123 45 67", "050 123 45 67"), maxlength,
 * pattern, a "+39" written just before it, a "+39" the page already put in it. Forms are
 * tried in order of preference and the first that fits maxlength and pattern wins; when
 * none fits the field is left alone, never cut short. Digits only, unless the placeholder
 * shows groups and the field's pattern accepts them grouped.
 */
export function phoneForField(control: Control, kind: PhoneKind, phone: PhoneValues): Entry | undefined {
  if (control.type === 'select') {
    const options = [...control.element.options].filter((option) => !option.disabled);
    const option =
      kind === 'tel-country-code' ? countryCodeOption(options, phone.countryCode) : kind === 'tel-area-code' ? areaCodeOption(options, phone) : undefined;
    return option && { type: 'option', element: control.element, option };
  }
  if (control.type !== 'field') return undefined;
  const field = control.element;
  const example = /[+(]*\d[\d\s().\-/]*\d/.exec(field.placeholder)?.[0] ?? '';
  for (const form of forms(field, kind, phone, example)) {
    for (const text of [grouped(form, example), form]) {
      if (text && fitsField(field, text) && (text === form || field.getAttribute('pattern'))) return { type: 'text', element: field, text };
    }
  }
  return undefined;
}

/** The forms worth trying for one field, most wanted first. */
function forms(field: HTMLInputElement | HTMLTextAreaElement, kind: PhoneKind, phone: PhoneValues, example: string): string[] {
  const { countryCode: code, national, trunkPrefix: trunk, areaCode, local } = phone;
  const digits = example.replace(/\D/g, '');
  const max = maxLengthOf(field);
  if (kind === 'tel-country-code') {
    const ways = [`+${code}`, code, `00${code}`];
    return example.startsWith('00') ? ways.reverse() : /^\d/.test(example) ? [code, ...ways] : ways;
  }
  if (kind === 'tel-area-code') {
    if (!areaCode) return [];
    const short = withoutTrunk(areaCode, trunk);
    return max === short.length || digits.length === short.length ? [short, areaCode] : [areaCode, short];
  }
  if (kind === 'tel-local') return local ? [local] : [];
  const trunked = trunk + national;
  // Azerbaijani forms write the 0 of "050 123 45 67" and leave room for it.
  const wantsTrunk = !!trunk && (max === trunked.length || (digits.startsWith(trunk) && !digits.startsWith('00')));
  const home = wantsTrunk ? [trunked, national] : [national, trunked];
  if (kind === 'tel-national') return home;
  // A "+39" printed before the field means the page adds the country code itself.
  if (prefixBefore(field, code)) return [national];
  const international = [`+${code}${national}`, `00${code}${national}`];
  const value = currentValue(field).replace(/\s/g, '');
  const wantsInternational = /^(\+|00)/.test(example) || value === `+${code}` || (digits.length === code.length + national.length && digits.startsWith(code));
  if (example.startsWith('00')) international.reverse();
  return wantsInternational ? [...international, ...home] : [...home, ...international];
}

/** `form` laid out like the placeholder ("050 123 45 67"), when both have the same digits count. */
function grouped(form: string, example: string): string | undefined {
  const digits = form.replace(/\D/g, '');
  if (!/\d[\s\-.]+\d/.test(example) || example.replace(/\D/g, '').length !== digits.length || form.startsWith('+') !== example.startsWith('+')) return undefined;
  let next = 0;
  return example.replace(/\d/g, () => digits[next++]!);
}

function prefixBefore(field: Element, code: string): boolean {
  const shown = new RegExp(`(^|[^\\d])(\\+|00)${code}\\)?$`);
  const before = [field.previousSibling, field.previousElementSibling, field.parentElement?.previousElementSibling];
  return before.some((node) => {
    // Bounded: the element before the field's parent may be a whole catalogue of text.
    const text = node ? boundedText(node) : '';
    return text.length <= 20 && shown.test(text);
  });
}

/** "Italia (+39)", "+39", "0039"; a bare value `39` only when the option shows no other code. */
function countryCodeOption(options: HTMLOptionElement[], code: string): HTMLOptionElement | undefined {
  const inText = new RegExp(`(^|[^\\d])(\\+|00)${code}(?!\\d)`);
  const asValue = new RegExp(`^(\\+|00)?${code}$`);
  return (
    options.find((option) => inText.test(option.text)) ??
    options.find((option) => asValue.test(option.value.trim()) && !/\+\d/.test(option.text))
  );
}

/** `050` without its trunk prefix `0`: `50`. */
function withoutTrunk(areaCode: string, trunk: string | undefined): string {
  return trunk && areaCode.startsWith(trunk) ? areaCode.slice(trunk.length) : areaCode;
}

/** `050` as the select writes it, or without its trunk prefix: `50`. */
function areaCodeOption(options: HTMLOptionElement[], phone: PhoneValues): HTMLOptionElement | undefined {
  const { areaCode, trunkPrefix: trunk } = phone;
  if (!areaCode) return undefined;
  const wanted = [areaCode, withoutTrunk(areaCode, trunk)];
  return options.find((option) => wanted.includes(option.value.trim()) || wanted.includes(/^\D*(\d+)/.exec(option.text)?.[1] ?? ''));
}

function maxLengthOf(field: HTMLInputElement | HTMLTextAreaElement): number | undefined {
  const max = field.hasAttribute('maxlength') ? field.maxLength : -1;
  return max >= 0 ? max : undefined;
}

/**
 * Whether `text` may go into `field` as it is: within its maxlength, matching its pattern
 * (compiled as browsers do, with the `v` flag; a pattern the browser cannot compile is
 * ignored by it, and by us), a plain number in a number field, within its min and max.
 */
export function fitsField(field: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const max = maxLengthOf(field);
  if (max !== undefined && text.length > max) return false;
  const pattern = field.getAttribute('pattern');
  if (pattern && field.localName === 'input') {
    try {
      if (!new RegExp(`^(?:${pattern})$`, 'v').test(text)) return false;
    } catch {
      // Not a pattern the browser enforces either.
    }
  }
  if ((field as HTMLInputElement).type !== 'number') return true;
  const number = Number(text);
  const min = Number.parseFloat(field.getAttribute('min') ?? '');
  const top = Number.parseFloat(field.getAttribute('max') ?? '');
  return /^\d+(\.\d+)?$/.test(text) && !(number < min) && !(number > top);
}
