import { endOfLocalDay, localDateOf, toEpochMs } from './expiry-input';
import type { Plan } from './plan';
import type { Money } from './primitives';
import { type Renewal, renewalSchema } from './renewal';
import { addPeriod, anchorDayOf, isOnAnchorDay } from './renewal-period';
import { type ValidityTable, validityDaysForAmount } from './validity-by-amount';

/**
 * Why a renewal could not be recorded, as a code for the UI (`validation_renewal_notLater`):
 * - `renewal.notLater`: the new expiry given is not after the old one (or, for an expired
 *   plan, not after now);
 * - `renewal.noPeriod`: no new expiry given, and the plan has no period to count one from;
 * - `renewal.amountBelowTable`: the amount is below the smallest row of the carrier's
 *   validity table, so we do not know what it buys; ask for the new expiry instead.
 */
export type RenewalErrorCode = 'renewal.notLater' | 'renewal.noPeriod' | 'renewal.amountBelowTable';

export class RenewalError extends Error {
  override readonly name = 'RenewalError';
  readonly code: RenewalErrorCode;

  constructor(code: RenewalErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface MarkRenewedOptions {
  /** When the person marks it renewed. */
  now: Date;
  /** Id for the new renewal record. */
  renewalId: string;
  channel: Renewal['channel'];
  /** What was paid. With `validityByAmount`, it also decides the new expiry. */
  amount?: Money;
  reference?: string;
  /** The new expiry, when the person (or the carrier's confirmation) knows it. Wins over any rule. */
  newExpiresAt?: string;
  /** The carrier's validity table, in the carrier's currency; pass it only when `amount` is in that currency. */
  validityByAmount?: ValidityTable;
}

/**
 * A plan renewed (or topped up) at `now`: the updated plan and the renewal to log.
 *
 * The new period starts at the old expiry while that is still ahead (renewing early loses
 * nothing), or at `now` for a plan that has already run out. The new expiry is, in order:
 * `newExpiresAt` as given; the days `validityByAmount` gives for `amount`; one `period`
 * of the plan (month and year periods on the plan's anchor day, see addPeriod). Counted
 * expiries keep the local time of day; a plan whose expiry is a date only (`day`) stays the
 * end of a local day.
 *
 * Throws a `RenewalError` (see its codes), or a `ZodError` when the renewal record itself
 * is invalid (an id or a reference the UI should have refused).
 */
export function markRenewed(plan: Plan, options: MarkRenewedOptions): { plan: Plan; renewal: Renewal } {
  const { timeZone } = plan;
  const nowMs = toEpochMs(options.now);
  const now = new Date(nowMs).toISOString();
  const oldExpiryMs = toEpochMs(plan.expiresAt);
  const fromOldExpiry = oldExpiryMs > nowMs;
  const start = fromOldExpiry ? new Date(oldExpiryMs).toISOString() : now;
  const monthly = plan.period?.unit === 'month' || plan.period?.unit === 'year';
  // Renewing an expired plan starts a new cycle today, so it gets a fresh anchor day.
  const anchorDay = fromOldExpiry ? (plan.renewalAnchorDay ?? anchorDayOf(plan.expiresAt, timeZone)) : anchorDayOf(now, timeZone);

  let expiresAt: string;
  let expiryPrecision = plan.expiryPrecision;
  let renewalAnchorDay = plan.renewalAnchorDay;
  if (options.newExpiresAt !== undefined) {
    expiresAt = new Date(toEpochMs(options.newExpiresAt)).toISOString();
    if (expiresAt <= start) {
      throw new RenewalError(
        'renewal.notLater',
        `The new expiry ${expiresAt} must be after ${fromOldExpiry ? 'the current expiry' : 'now'} (${start})`,
      );
    }
    // A date-only plan given a time of day now has an exact expiry.
    if (expiryPrecision === 'day' && expiresAt !== endOfLocalDay(localDateOf(expiresAt, timeZone), timeZone)) {
      expiryPrecision = 'instant';
    }
  } else if (options.validityByAmount !== undefined && options.amount !== undefined) {
    const days = validityDaysForAmount(options.validityByAmount, options.amount.amount);
    if (days === undefined) {
      throw new RenewalError(
        'renewal.amountBelowTable',
        `${options.amount.amount} ${options.amount.currency} is below the smallest top-up in the carrier's validity table`,
      );
    }
    expiresAt = keepDayPrecision(addPeriod(start, { unit: 'day', count: days }, timeZone), plan);
  } else if (plan.period !== undefined) {
    expiresAt = keepDayPrecision(addPeriod(start, plan.period, timeZone, monthly ? anchorDay : undefined), plan);
  } else {
    throw new RenewalError('renewal.noPeriod', `Plan ${plan.id} has no period; enter the new expiry date`);
  }

  if (monthly) {
    // Keep the anchor while the expiry stays on it (28 Feb for anchor 31); an expiry the
    // carrier moved elsewhere sets a new one, or the next renewal would jump back.
    renewalAnchorDay = isOnAnchorDay(expiresAt, timeZone, anchorDay) ? anchorDay : anchorDayOf(expiresAt, timeZone);
  }

  const renewal = renewalSchema.parse({
    id: options.renewalId,
    planId: plan.id,
    renewedAt: now,
    previousExpiresAt: plan.expiresAt,
    newExpiresAt: expiresAt,
    channel: options.channel,
    ...(options.amount !== undefined && { amount: options.amount }),
    ...(options.reference !== undefined && { reference: options.reference }),
  });

  return {
    plan: {
      ...plan,
      expiresAt,
      expiryPrecision,
      startsAt: start,
      lastTopUpAt: now,
      updatedAt: now,
      ...(renewalAnchorDay !== undefined && { renewalAnchorDay }),
    },
    renewal,
  };
}

/** A date-only plan's expiry stays the end of its local day. */
function keepDayPrecision(expiresAt: string, plan: Plan): string {
  return plan.expiryPrecision === 'day' ? endOfLocalDay(localDateOf(expiresAt, plan.timeZone), plan.timeZone) : expiresAt;
}
