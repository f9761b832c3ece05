import type { Control } from './control';
import { CURRENCY, currencyCode } from './hints';
import type { FillValues } from './fill-values';
import { fitsField } from './phone-for-field';
import type { Entry } from './set-value';

type Amount = NonNullable<FillValues['amount']>;

/** A number with, maybe, a currency before or after it: "€ 10,00", "10 AZN", "10 man.". */
const MONEY = new RegExp(`(${CURRENCY})?\\s*(\\d+(?:[.,]\\d+)*)\\s*(${CURRENCY})?`, 'gi');

/**
 * The top-up the plan usually takes, as the control offers it: an option, a radio or a
 * tile whose visible text says that amount ("10 €", "€ 10,00", "10 ₼", "10 manat"), or
 * failing text, whose value is that number. Whole numbers only: 10 never picks 100 or 1,
 * and a value of 1000 (cents) counts only through a text that says 10. When the amount is
 * not offered, nothing is picked: a different top-up is the person's choice, not ours.
 */
export function pickAmount(control: Control, amount: Amount): Entry | undefined {
  switch (control.type) {
    case 'select': {
      const option = [...control.element.options].find((choice) => !choice.disabled && offers(choice.text, choice.value, amount));
      return option && { type: 'option', element: control.element, option };
    }
    case 'radio-group':
    case 'tiles': {
      const element = (control.elements as HTMLElement[]).find((choice) => offers(textOf(choice), valueOf(choice), amount));
      return element && { type: 'press', element };
    }
    case 'field': {
      // A comma in the placeholder ("0,00") asks for a comma decimal; a number field never does.
      const comma = control.element.getAttribute('type') !== 'number' && /\d,\d/.test(control.element.placeholder);
      const plain = String(amount.value);
      const text = comma ? amount.value.toFixed(2).replace('.', ',') : plain;
      return fitsField(control.element, text) ? { type: 'text', element: control.element, text } : undefined;
    }
  }
}

function textOf(choice: HTMLElement): string {
  const labels = (choice as HTMLInputElement).labels;
  return (labels?.length ? [...labels].map((label) => label.textContent).join(' ') : choice.textContent) || choice.getAttribute('aria-label') || '';
}

function valueOf(choice: HTMLElement): string {
  return choice.getAttribute('value') ?? choice.dataset.value ?? choice.dataset.amount ?? '';
}

function offers(text: string, value: string, amount: Amount): boolean {
  const shown = amountIn(text, amount.currency);
  return (shown === undefined ? amountIn(value, amount.currency, true) : shown) === amount.value;
}

/**
 * The amount a text states: the first number written with a currency, or a text that is
 * nothing but a number. `null` for a price in another currency (a "$10" is not 10 €),
 * undefined when the text states no amount.
 */
function amountIn(text: string, currency: string, bare = false): number | null | undefined {
  const trimmed = text.trim();
  if (/^\d+(?:[.,]\d+)*$/.test(trimmed)) return numberOf(trimmed);
  if (bare) return undefined;
  for (const [, before, number, after] of trimmed.matchAll(MONEY)) {
    const sign = before ?? after;
    if (!sign) continue;
    return currencyCode(sign) === currency.toUpperCase() ? numberOf(number!) : null;
  }
  return undefined;
}

/** "10", "10,00", "10.00" → 10; "1.000,00" and "1,000" → 1000. */
function numberOf(written: string): number {
  const last = Math.max(written.lastIndexOf('.'), written.lastIndexOf(','));
  if (last < 0) return Number(written);
  const whole = written.slice(0, last).replace(/[.,]/g, '');
  const tail = written.slice(last + 1);
  return tail.length === 3 ? Number(whole + tail) : Number(`${whole}.${tail}`);
}
