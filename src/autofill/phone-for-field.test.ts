// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TEST_VALUES } from '../../tests/support/fill-test-values';
import type { Control } from './control';
import { fitsField, phoneForField, type PhoneKind } from './phone-for-field';

const IT = TEST_VALUES.IT.phone!;
const AZ = TEST_VALUES.AZ.phone!;

function control(html: string): Control {
  document.body.innerHTML = html;
  const element = document.querySelector('[data-field]') as HTMLInputElement | HTMLSelectElement;
  return element.localName === 'select' ? { type: 'select', element: element as HTMLSelectElement } : { type: 'field', element: element as HTMLInputElement };
}

function textFor(html: string, kind: PhoneKind, phone = IT): string | undefined {
  const entry = phoneForField(control(html), kind, phone);
  return entry?.type === 'text' ? entry.text : undefined;
}

function optionFor(html: string, kind: PhoneKind, phone = IT): string | undefined {
  const entry = phoneForField(control(html), kind, phone);
  return entry?.type === 'option' ? entry.option.value : undefined;
}

describe('phoneForField: the whole number', () => {
  it.each([
    ['no hints: national digits', '<input data-field>', IT, '3331234567'],
    ['an Italian example placeholder', '<input data-field maxlength="10" placeholder="es. 333 1234567">', IT, '3331234567'],
    ['a "+39" placeholder', '<input data-field placeholder="+39 333 1234567">', IT, '+393331234567'],
    ['a "0039" placeholder', '<input data-field placeholder="0039 333 1234567">', IT, '00393331234567'],
    ['a "+39" placeholder but room for 10', '<input data-field maxlength="10" placeholder="+39 333 1234567">', IT, '3331234567'],
    ['a "+39" the page put in the field', '<input data-field value="+39">', IT, '+393331234567'],
    ['a "+39" printed before the field', '<span>+39</span> <input data-field placeholder="+39 333 1234567">', IT, '3331234567'],
    ['an international pattern', '<input data-field pattern="\\+39[0-9]{9,10}">', IT, '+393331234567'],
    ['Azerbaijan, 10 characters: with its 0', '<input data-field maxlength="10">', AZ, '0501234567'],
    ['Azerbaijan, a leading-0 placeholder', '<input data-field placeholder="050 123 45 67">', AZ, '0501234567'],
    ['Azerbaijan, 9 characters', '<input data-field maxlength="9" placeholder="50 123 45 67">', AZ, '501234567'],
    ['Azerbaijan, "+994" placeholder', '<input data-field maxlength="13" placeholder="+994 50 123 45 67">', AZ, '+994501234567'],
    ['Azerbaijan, grouped placeholder and a pattern with spaces', '<input data-field placeholder="050 123 45 67" pattern="0\\d{2} \\d{3} \\d{2} \\d{2}">', AZ, '050 123 45 67'],
    ['grouped placeholder, a digits-only pattern', '<input data-field placeholder="050 123 45 67" pattern="\\d{10}">', AZ, '0501234567'],
  ])('%s', (_case, html, phone, expected) => {
    expect(textFor(html, 'tel', phone)).toBe(expected);
    expect(textFor(html, 'tel-confirm', phone)).toBe(expected);
  });

  it('leaves a field alone when no form of the number fits it', () => {
    expect(textFor('<input data-field maxlength="7">', 'tel')).toBeUndefined();
    expect(textFor('<input data-field pattern="[a-z]+">', 'tel')).toBeUndefined();
  });
});

describe('phoneForField: split numbers', () => {
  it.each([
    ['national', '<input data-field>', 'tel-national', AZ, '501234567'],
    ['national, room for the 0', '<input data-field maxlength="10">', 'tel-national', AZ, '0501234567'],
    ['national in Italy', '<input data-field maxlength="10">', 'tel-national', IT, '3331234567'],
    ['local', '<input data-field maxlength="7">', 'tel-local', AZ, '1234567'],
    ['area code', '<input data-field maxlength="3">', 'tel-area-code', AZ, '050'],
    ['area code, two digits', '<input data-field maxlength="2">', 'tel-area-code', AZ, '50'],
    ['country code', '<input data-field>', 'tel-country-code', IT, '+39'],
    ['country code, digits placeholder', '<input data-field placeholder="39" maxlength="3">', 'tel-country-code', IT, '39'],
    ['country code, "00" placeholder', '<input data-field placeholder="0039">', 'tel-country-code', IT, '0039'],
  ] as const)('%s', (_case, html, kind, phone, expected) => {
    expect(textFor(html, kind, phone)).toBe(expected);
  });

  it('has no local part or area code for a number that does not split', () => {
    expect(textFor('<input data-field>', 'tel-local', IT)).toBeUndefined();
    expect(textFor('<input data-field>', 'tel-area-code', IT)).toBeUndefined();
  });

  it.each([
    ['+39 values', '<select data-field><option value="+33">+33</option><option value="+39">+39</option></select>', '+39'],
    ['0039 values', '<select data-field><option value="0033">Francia</option><option value="0039">Italia</option></select>', '0039'],
    ['country names with the code', '<select data-field><option value="FR">Francia (+33)</option><option value="IT">Italia (+39)</option></select>', 'IT'],
    ['bare digits', '<select data-field><option value="1">USA</option><option value="39">Italia</option></select>', '39'],
    ['not +390 for +39', '<select data-field><option value="x">Test (+390)</option><option value="y">Italia +39</option></select>', 'y'],
  ])('picks the country code among %s', (_case, html, expected) => {
    expect(optionFor(html, 'tel-country-code')).toBe(expected);
  });

  it.each([
    ['050 values', '<select data-field><option value="">Prefiks</option><option value="055">055</option><option value="050">050</option></select>', '050'],
    ['50 values', '<select data-field><option value="51">51</option><option value="50">50</option></select>', '50'],
    ['labelled options', '<select data-field><option value="a">051 (Azercell)</option><option value="b">050 (Azercell)</option></select>', 'b'],
  ])('picks the operator prefix among %s', (_case, html, expected) => {
    expect(optionFor(html, 'tel-area-code', AZ)).toBe(expected);
  });

  it('picks no country code a select does not offer', () => {
    expect(optionFor('<select data-field><option value="+33">+33</option></select>', 'tel-country-code')).toBeUndefined();
  });
});

describe('fitsField', () => {
  it.each([
    ['<input data-field maxlength="5">', '12345', true],
    ['<input data-field maxlength="5">', '123456', false],
    ['<input data-field pattern="[0-9]{10}">', '3331234567', true],
    ['<input data-field pattern="[0-9]{10}">', '+393331234567', false],
    ['<input data-field pattern="[">', 'anything', true],
    ['<input data-field type="number">', '+39', false],
    ['<input data-field type="number" min="5" max="100">', '10', true],
    ['<input data-field type="number" min="5" max="100">', '150', false],
  ])('%s takes %s: %s', (html, text, fits) => {
    const { element } = control(html) as { element: HTMLInputElement };
    expect(fitsField(element, text)).toBe(fits);
  });
});
