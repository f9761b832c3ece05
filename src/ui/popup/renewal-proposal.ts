import { validityTableForRenewal } from '../../db/store';
import { endOfLocalDay, localDateTimeOf, localDateTimeToInstant } from '../../plans/expiry-input';
import { markRenewed, RenewalError, type RenewalErrorCode } from '../../plans/mark-renewed';
import type { Plan } from '../../plans/plan';
import type { Money } from '../../plans/primitives';

export type RenewalProposal = { ok: true; expiresAt: string } | { ok: false; code: RenewalErrorCode };

/**
 * The new expiry a renewal at `now` would give, by the same rules the store applies
 * (markRenewed, with the carrier's validity table for an amount in its currency), so the
 * dialog shows what Confirm will store. Or why none can be counted: the person then types it.
 */
export function proposeRenewal(plan: Plan, amount: Money | undefined, now: Date): RenewalProposal {
  const validityByAmount = validityTableForRenewal(plan, amount, now);
  try {
    const { plan: renewed } = markRenewed(plan, {
      now,
      renewalId: 'proposal',
      channel: 'website',
      ...(amount && { amount }),
      ...(validityByAmount && { validityByAmount }),
    });
    return { ok: true, expiresAt: renewed.expiresAt };
  } catch (error) {
    if (error instanceof RenewalError) return { ok: false, code: error.code };
    // A half-typed amount the renewal record refuses: count without it; Confirm says what is wrong.
    if (amount !== undefined) return proposeRenewal(plan, undefined, now);
    throw error;
  }
}

/**
 * The expiry on another local date the person picked, at the time of day the plan runs out
 * (`like`: the proposed or current expiry); a date-only plan runs to the end of that day.
 */
export function expiryOnDate(date: string, like: string, plan: Pick<Plan, 'timeZone' | 'expiryPrecision'>): string {
  if (plan.expiryPrecision === 'day') return endOfLocalDay(date, plan.timeZone);
  const { hour, minute, second } = localDateTimeOf(like, plan.timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return localDateTimeToInstant(`${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`, plan.timeZone);
}
