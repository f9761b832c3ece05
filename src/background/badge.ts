import { calendarDate, instantOfLocalDateTime, localDateTimeOf, toEpochMs } from '../plans/expiry-input';
import { isLetExpire } from '../plans/let-expire';
import type { Plan } from '../plans/plan';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Badge colours, each with at least 4.5:1 contrast against the badge's white text. */
export const BADGE_COLORS = {
  /** More than 7 days left. */
  green: '#15803d',
  /** At most 7 days left. */
  amber: '#b45309',
  /** At most one day left, or expired. */
  red: '#b91c1c',
} as const;

export interface Badge {
  /** "12d", "5h", "<1h", "!" (expired), or "" when there is nothing to count down. */
  text: string;
  color: string;
  /** The first instant at which `text` or `color` is different: wake the worker then. */
  nextChangeAt?: string;
}

/**
 * The toolbar badge: the time left of the plan that runs out first.
 *
 * - Archived plans do not count, and neither do plans the person chose to "let expire"
 *   (`silencedExpiresAt === expiresAt`): the trip is over, a red "!" for it would only
 *   nag. Renewing such a plan (a new expiry) brings it back.
 * - An expired plan is the soonest of all and shows "!" until it is renewed, archived or
 *   silenced.
 * - Days are whole days rounded down (5 days 23 h → "5d"), counted on the person's wall
 *   clock in `userTimeZone`: "1d" from the expiry's time of day two days before, so the
 *   count goes down at the same local time every day, DST or not. A day that has 23 or 25
 *   hours is still one day; on a 25-hour day the last day before the expiry can read "24h".
 * - Under a day: whole hours ("5h"); under an hour: "<1h".
 * - Colour: green above 7 days, amber from exactly 7 days left, red from exactly one day left
 *   (the same days as the text) and once expired.
 */
export function badgeFor(plans: readonly Plan[], now: Date, userTimeZone: string): Badge {
  const nowMs = toEpochMs(now);
  let soonestMs: number | undefined;
  for (const plan of plans) {
    if (plan.archived || isLetExpire(plan)) continue;
    const expiresMs = toEpochMs(plan.expiresAt);
    if (soonestMs === undefined || expiresMs < soonestMs) soonestMs = expiresMs;
  }
  // The soonest plan stays the soonest as time passes, so it alone decides the next change.
  if (soonestMs === undefined) return { text: '', color: BADGE_COLORS.green };
  return countdown(soonestMs, nowMs, userTimeZone);
}

function countdown(expiresMs: number, nowMs: number, timeZone: string): Badge {
  if (nowMs >= expiresMs) return { text: '!', color: BADGE_COLORS.red };

  const daysBefore = daysBeforeExpiry(expiresMs, timeZone);
  const days = wholeDaysLeft(expiresMs, nowMs, daysBefore);
  // Instants are "at or after" a threshold: exactly 7 days left is amber, exactly one red.
  const color = nowMs >= daysBefore(1) ? BADGE_COLORS.red : nowMs >= daysBefore(7) ? BADGE_COLORS.amber : BADGE_COLORS.green;

  // Whatever changes first: the count (one millisecond after its threshold, as the count
  // rounds down), or the colour (at its threshold).
  const changes: number[] = [];
  let text: string;
  if (days >= 1) {
    text = `${days}d`;
    changes.push(daysBefore(days) + 1);
  } else {
    const hours = Math.floor((expiresMs - nowMs) / HOUR_MS);
    text = hours >= 1 ? `${hours}h` : '<1h';
    changes.push(hours >= 1 ? expiresMs - hours * HOUR_MS + 1 : expiresMs);
  }
  changes.push(daysBefore(7), daysBefore(1));
  const next = Math.min(...changes.filter((at) => at > nowMs));
  return { text, color, nextChangeAt: new Date(next).toISOString() };
}

/**
 * The instant `n` days before the expiry on the wall clock of `timeZone` (the same local
 * time, `n` dates earlier). A time a DST change skips becomes the first instant after the
 * gap, one that happens twice the earlier (the rules of expiry-input.ts).
 */
function daysBeforeExpiry(expiresMs: number, timeZone: string): (n: number) => number {
  const local = localDateTimeOf(new Date(expiresMs), timeZone);
  const cache = new Map<number, number>();
  return (n) => {
    let at = cache.get(n);
    if (at === undefined) {
      at = n === 0 ? expiresMs : instantOfLocalDateTime({ ...local, ...calendarDate(local.year, local.month, local.day - n) }, timeZone);
      cache.set(n, at);
    }
    return at;
  };
}

/** The largest n with `now` at or before the instant n days before the expiry. */
function wholeDaysLeft(expiresMs: number, nowMs: number, daysBefore: (n: number) => number): number {
  // 24-hour days are right but near a DST change (or a zone that moved its clock by a day).
  let days = Math.floor((expiresMs - nowMs) / DAY_MS);
  while (nowMs <= daysBefore(days + 1)) days += 1;
  while (days > 0 && nowMs > daysBefore(days)) days -= 1;
  return days;
}
