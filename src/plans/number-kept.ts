import type { Carrier } from '../carriers/carrier-schema';
import type { Plan } from './plan';
import { addPeriod } from './renewal-period';

/** A carrier's rule for how long a prepaid number survives without top-ups. */
export type Dormancy = NonNullable<Carrier['dormancy']>;

/**
 * Until when the line keeps its number: the second clock of a prepaid SIM, which runs
 * on after the plan itself has expired. The date the person entered wins over our rule;
 * otherwise the carrier's rule counts in the plan's zone, keeping the local time:
 * - `monthsAfterLastTopUp`: N months after the last top-up (month ends clamp, as for
 *   renewals); unknown while we do not know the last top-up;
 * - `daysAfterValidity`: N calendar days after the plan's expiry.
 * Undefined when neither the person nor the carrier tells us.
 */
export function numberKeptUntil(
  plan: Pick<Plan, 'expiresAt' | 'timeZone' | 'lastTopUpAt' | 'numberKeptUntil'>,
  dormancy: Dormancy | undefined,
): string | undefined {
  if (plan.numberKeptUntil !== undefined) return plan.numberKeptUntil;
  if (dormancy === undefined) return undefined;
  switch (dormancy.rule) {
    case 'monthsAfterLastTopUp':
      if (plan.lastTopUpAt === undefined) return undefined;
      return addPeriod(plan.lastTopUpAt, { unit: 'month', count: dormancy.months }, plan.timeZone);
    case 'daysAfterValidity':
      return addPeriod(plan.expiresAt, { unit: 'day', count: dormancy.days }, plan.timeZone);
  }
}
