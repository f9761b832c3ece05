import { calendarDate, daysInMonth, instantOfLocalDateTime, localDateTimeOf } from './expiry-input';
import type { Period } from './primitives';

/**
 * The instant one renewal period after `instant`, counted on the calendar of `timeZone`
 * with the local time of day kept: 23:59 stays 23:59 across a DST change, even though
 * that day then lasts 23 or 25 hours.
 *
 * - `day` / `week`: that many calendar days later.
 * - `month` / `year`: that many months later, on `anchorDay` (the day the plan renews on,
 *   1–31; by default the local day of `instant`) clamped to the month's length. Clamping
 *   does not drift: with anchor 31, 31 Jan → 28 Feb → 31 Mar.
 *
 * When the kept local time does not exist on the new day (it falls in the hour skipped
 * when clocks go forward), the result is the first instant after the gap (02:30 → 03:00),
 * as for any local time a person enters (expiry-input.ts). A plan renewed again from that
 * result keeps 03:00: the plan stores an anchor day, not an anchor time.
 */
export function addPeriod(instant: string, period: Period, timeZone: string, anchorDay?: number): string {
  if (!Number.isInteger(period.count) || period.count < 1) throw new RangeError(`A period counts whole units, not ${period.count}`);
  if (anchorDay !== undefined && !(Number.isInteger(anchorDay) && anchorDay >= 1 && anchorDay <= 31)) {
    throw new RangeError(`An anchor day is a day of the month, 1–31, not ${anchorDay}`);
  }
  const local = localDateTimeOf(instant, timeZone);
  const date =
    period.unit === 'day' || period.unit === 'week'
      ? calendarDate(local.year, local.month, local.day + period.count * (period.unit === 'week' ? 7 : 1))
      : addMonthsOnAnchor(local, period.count * (period.unit === 'year' ? 12 : 1), anchorDay ?? local.day);
  return new Date(instantOfLocalDateTime({ ...local, ...date }, timeZone)).toISOString();
}

/** The local day of the month of `instant`: the anchor day for a plan that has none yet. */
export function anchorDayOf(instant: string, timeZone: string): number {
  return localDateTimeOf(instant, timeZone).day;
}

/**
 * Whether `instant` falls on `anchorDay` as a month of its length allows it (the 28th of
 * February counts for anchor 31). Used to keep an anchor when a renewal date comes from
 * elsewhere (the carrier, a validity table).
 */
export function isOnAnchorDay(instant: string, timeZone: string, anchorDay: number): boolean {
  const { year, month, day } = localDateTimeOf(instant, timeZone);
  return day === Math.min(anchorDay, daysInMonth(year, month));
}

function addMonthsOnAnchor(local: { year: number; month: number }, months: number, anchorDay: number) {
  // Count from the 1st so the month itself never overflows, then put the anchor in it.
  const first = calendarDate(local.year, local.month + months, 1);
  return { ...first, day: Math.min(anchorDay, daysInMonth(first.year, first.month)) };
}
