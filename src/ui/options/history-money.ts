import type { CurrencyTotal } from '../../history/money-total';
import { fromMinorUnits } from '../../history/money-total';
import type { I18n } from '../../i18n/i18n';
import type { Money } from '../../plans/primitives';

/**
 * Sums of money as the reader writes them, in their locale: "€45.00, ₼30.00". Narrow
 * symbols read best (₼ rather than AZN), but when two currencies in the list would show
 * the same one ($ for USD and CAD), every amount in it shows its code instead.
 */
export function formatTotals(i18n: I18n, totals: readonly CurrencyTotal[]): string {
  const narrow = totals.map((total) => formatAmount(i18n, fromMinorUnits(total), total.currency, 'narrowSymbol'));
  const symbols = totals.map((total) => currencySymbol(i18n, total.currency));
  const ambiguous = new Set(symbols).size < symbols.length;
  const texts = ambiguous ? totals.map((total) => formatAmount(i18n, fromMinorUnits(total), total.currency, 'code')) : narrow;
  return joinList(i18n, texts);
}

/**
 * "€45.00, ₼30.00": a list that is not a sentence. Not Intl.ListFormat: its lists say "and"
 * in some languages ("€45,00 e ₼30,00"), which reads like a sum, and none at all in others.
 */
export function joinList(i18n: I18n, items: readonly string[]): string {
  return items.slice(1).reduce((list, item) => i18n.t('historyListJoin', list, item), items[0] ?? '');
}

/** One amount paid: "€15.00". */
export function formatMoney(i18n: I18n, money: Money): string {
  return formatAmount(i18n, money.amount, money.currency, 'narrowSymbol');
}

function formatAmount(i18n: I18n, amount: number, currency: string, currencyDisplay: 'narrowSymbol' | 'code'): string {
  return i18n.formatNumber(amount, { style: 'currency', currency, currencyDisplay });
}

function currencySymbol(i18n: I18n, currency: string): string {
  const parts = new Intl.NumberFormat(i18n.locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}
