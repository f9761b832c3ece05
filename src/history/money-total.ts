import type { Money } from '../plans/primitives';

/** A sum of money in one currency, in its minor units (cents): integers add up exactly. */
export interface CurrencyTotal {
  currency: string;
  minorUnits: number;
}

/**
 * How many decimals a currency has (EUR 2, JPY 0, KWD 3), as ISO 4217 says through Intl.
 * Any locale gives the same answer; 'en' is always there.
 */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount as stored (a decimal number, 10.5) in minor units (1050). Stored amounts
 * are typed by people with at most the currency's decimals, so rounding only removes
 * binary noise (0.1 + 0.2), never a real cent.
 */
export function toMinorUnits({ amount, currency }: Money): number {
  return Math.round(amount * 10 ** minorUnitDigits(currency));
}

/** Minor units back to a decimal amount for Intl.NumberFormat (1050 → 10.5). */
export function fromMinorUnits({ minorUnits, currency }: CurrencyTotal): number {
  return minorUnits / 10 ** minorUnitDigits(currency);
}

/**
 * Adds amounts per currency, never across currencies: "€45.00, ₼30.00" stays two totals.
 * Amounts that are missing (a renewal without a price noted) are left out. Sorted by
 * currency code, so the same amounts always read the same way.
 */
export function totalsByCurrency(amounts: Iterable<Money | undefined>): CurrencyTotal[] {
  const sums = new Map<string, number>();
  for (const money of amounts) {
    if (!money) continue;
    sums.set(money.currency, (sums.get(money.currency) ?? 0) + toMinorUnits(money));
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, minorUnits]) => ({ currency, minorUnits }));
}

/** Adds lists of totals (per plan → per year), still per currency. */
export function addTotals(lists: Iterable<readonly CurrencyTotal[]>): CurrencyTotal[] {
  const sums = new Map<string, number>();
  for (const list of lists) for (const { currency, minorUnits } of list) sums.set(currency, (sums.get(currency) ?? 0) + minorUnits);
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, minorUnits]) => ({ currency, minorUnits }));
}
