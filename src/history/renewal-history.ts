import { localDateTimeOf } from '../plans/expiry-input';
import type { Renewal } from '../plans/renewal';
import { totalsByCurrency, type CurrencyTotal } from './money-total';

/** One plan's renewals in one year, newest first, and what they cost. */
export interface PlanYear {
  planId: string;
  renewals: Renewal[];
  totals: CurrencyTotal[];
}

/** One year of the history: the plans renewed in it and what the year cost. */
export interface HistoryYear {
  year: number;
  /** The plan renewed most recently first. */
  plans: PlanYear[];
  totals: CurrencyTotal[];
}

export interface RenewalHistory {
  /** Newest year first. */
  years: HistoryYear[];
  /** Every year together, per currency. */
  totals: CurrencyTotal[];
}

/**
 * The renewal history as the options page shows it: per year, newest first, then per
 * plan. The year is the one the person read on their calendar when they renewed, in
 * `timeZone` (their own): a top-up at 00:30 on 1 January in Baku counts for the new year.
 * `planId` keeps one plan's renewals only.
 */
export function renewalHistory(renewals: readonly Renewal[], timeZone: string, planId?: string): RenewalHistory {
  const shown = renewals.filter((renewal) => planId === undefined || renewal.planId === planId).sort(newestFirst);
  const byYear = new Map<number, Map<string, Renewal[]>>();
  for (const renewal of shown) {
    const year = localDateTimeOf(renewal.renewedAt, timeZone).year;
    const plans = byYear.get(year) ?? new Map<string, Renewal[]>();
    byYear.set(year, plans);
    const list = plans.get(renewal.planId) ?? [];
    plans.set(renewal.planId, list);
    // Renewals arrive newest first, so each list, and the plans' order, is newest first too.
    list.push(renewal);
  }
  const years = [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, plans]): HistoryYear => {
      const planYears = [...plans.entries()].map(([id, list]) => ({
        planId: id,
        renewals: list,
        totals: totalsByCurrency(list.map((renewal) => renewal.amount)),
      }));
      return { year, plans: planYears, totals: totalsByCurrency(planYears.flatMap((plan) => plan.renewals.map((renewal) => renewal.amount))) };
    });
  return { years, totals: totalsByCurrency(shown.map((renewal) => renewal.amount)) };
}

// Instants are stored in UTC, so they compare as text; the id breaks ties the same way everywhere.
function newestFirst(a: Renewal, b: Renewal): number {
  if (a.renewedAt !== b.renewedAt) return a.renewedAt < b.renewedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
