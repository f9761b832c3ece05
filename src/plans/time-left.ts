import { localDateTimeOf, toEpochMs } from './expiry-input';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How close to the end a plan counts as "expiring soon" unless the caller says otherwise. */
export const DEFAULT_SOON_MS = 7 * DAY_MS;

export type PlanStatus = 'active' | 'expiringSoon' | 'expired';

export interface TimeLeft {
  /** `expired` from the expiry instant on; `expiringSoon` within `soonMs` of it. */
  status: PlanStatus;
  /** Milliseconds until the expiry; negative once it has passed. */
  msLeft: number;
  /** Whole 24-hour days in |msLeft| (elapsed time; for calendar days see calendarDaysUntil). */
  days: number;
  /** Whole hours left over after the days, 0–23. */
  hours: number;
  /** Whole minutes left over after the hours, 0–59. */
  minutes: number;
  /** Share of the period already used, 0–1; only when the plan knows when it started. */
  progress?: number;
}

/**
 * How long a plan has left at `now`. A plan is expired at its expiry instant itself
 * (`msLeft` 0): `expiresAt` is the moment it runs out. It is expiring soon when at most
 * `soonMs` are left.
 */
export function timeLeft(
  plan: { expiresAt: string; startsAt?: string | undefined },
  now: Date,
  { soonMs = DEFAULT_SOON_MS }: { soonMs?: number } = {},
): TimeLeft {
  const nowMs = toEpochMs(now);
  const expiresMs = toEpochMs(plan.expiresAt);
  const msLeft = expiresMs - nowMs;
  const status: PlanStatus = msLeft <= 0 ? 'expired' : msLeft <= soonMs ? 'expiringSoon' : 'active';

  const size = Math.abs(msLeft);
  const result: TimeLeft = {
    status,
    msLeft,
    days: Math.floor(size / DAY_MS),
    hours: Math.floor((size % DAY_MS) / HOUR_MS),
    minutes: Math.floor((size % HOUR_MS) / MINUTE_MS),
  };
  if (plan.startsAt !== undefined) {
    const startsMs = toEpochMs(plan.startsAt);
    const length = expiresMs - startsMs;
    // A plan that ends before it starts (bad data) is all used up once it has ended.
    const share = length > 0 ? (nowMs - startsMs) / length : msLeft <= 0 ? 1 : 0;
    result.progress = Math.min(1, Math.max(0, share));
  }
  return result;
}

/**
 * Calendar days from `now` to `instant` as the dates read in `timeZone`: 0 = today,
 * 1 = tomorrow, −1 = yesterday. Counts dates, not 24-hour spans, so a 23- or 25-hour day
 * around a DST change is still one day ("expires today at 23:59").
 */
export function calendarDaysUntil(instant: string | Date, now: Date, timeZone: string): number {
  return dayNumber(localDateTimeOf(instant, timeZone)) - dayNumber(localDateTimeOf(now, timeZone));
}

/** Days since 1970-01-01 of a calendar date: UTC has no DST, so the division is exact. */
function dayNumber({ year, month, day }: { year: number; month: number; day: number }): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}
