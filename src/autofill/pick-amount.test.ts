// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Control } from './control';
import { pickAmount } from './pick-amount';

const TEN_EUR = { value: 10, currency: 'EUR' };
const TEN_AZN = { value: 10, currency: 'AZN' };

function select(options: [value: string, text: string][]): Control {
  document.body.innerHTML = `<select>${options.map(([value, text]) => `<option value="${value}">${text}</option>`).join('')}</select>`;
  return { type: 'select', element: document.querySelector('select')! };
}

function picked(control: Control, amount = TEN_EUR): string | undefined {
  const entry = pickAmount(control, amount);
  if (!entry) return undefined;
  if (entry.type === 'option') return entry.option.value;
  if (entry.type === 'text') return entry.text;
  return entry.element.id;
}

describe('pickAmount in a select', () => {
  it.each([
    ['10', 'x'],
    ['10 €', 'x'],
    ['€10', 'x'],
    ['€ 10,00', 'x'],
    ['10,00 €', 'x'],
    ['10.00', 'x'],
    ['10 €', '1000'],
    ['Ricarica 10 euro', 'x'],
  ])('finds "%s" (value %s) beside 100 € and 1 €', (text, value) => {
    expect(picked(select([['a', 'Scegli'], ['b', '100 €'], ['c', '1 €'], [value, text]]))).toBe(value);
  });

  it('finds the amount by value when the text states none', () => {
    expect(picked(select([['', 'Scegli'], ['5', 'Cinque'], ['10', 'Dieci']]))).toBe('10');
  });

  it.each([
    ['100 € and 1 € only', [['a', '100 €'], ['b', '1 €'], ['c', '110 €']]],
    ['cents without a text that says 10', [['1000', 'Taglio grande']]],
    ['another currency', [['a', '$10'], ['b', '10 USD']]],
    ['currencies of the one list the classifier shares (hints.ts)', [['a', '10 CHF'], ['b', '10 TL'], ['c', '¥10'], ['d', '10 RMB']]],
    ['a price whose text says another amount', [['10', '20 €']]],
  ] as [string, [string, string][]][])('picks nothing among %s', (_case, options) => {
    expect(picked(select(options))).toBeUndefined();
  });

  it.each([
    ['10 AZN'],
    ['10 ₼'],
    ['10 manat'],
    ['10 man.'],
    ['₼ 10'],
  ])('finds Azerbaijani %s', (text) => {
    expect(picked(select([['a', text.replace('10', '5')], ['b', text]]), TEN_AZN)).toBe('b');
  });
});

describe('pickAmount in radios and tiles', () => {
  it('finds a radio by its label text, then by its value', () => {
    document.body.innerHTML = `
      <label><input type="radio" name="t" id="r5" value="a"> 5 €</label>
      <label><input type="radio" name="t" id="r10" value="b"> 10 €</label>
      <input type="radio" name="u" id="v100" value="100"><input type="radio" name="u" id="v10" value="10">`;
    const radios = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`[name=${name}]`)];
    expect(picked({ type: 'radio-group', name: 't', elements: radios('t') })).toBe('r10');
    expect(picked({ type: 'radio-group', name: 'u', elements: radios('u') })).toBe('v10');
  });

  it('finds a tile by its text, whatever markup wraps it', () => {
    document.body.innerHTML = `<div id="tiles">
      <button id="t100"><b>100</b> €</button><button id="t10"><b>10</b> <small>€</small></button></div>`;
    const container = document.getElementById('tiles')!;
    expect(picked({ type: 'tiles', container, elements: [...container.querySelectorAll('button')] })).toBe('t10');
  });
});

describe('pickAmount in a field', () => {
  it.each([
    ['<input>', '10'],
    ['<input type="number" min="5" max="100">', '10'],
    ['<input placeholder="0,00">', '10,00'],
    ['<input type="number" placeholder="0,00">', '10'],
    ['<input type="number" min="15">', undefined],
  ])('%s gets %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(picked({ type: 'field', element: document.querySelector('input')! })).toBe(expected);
  });
});
