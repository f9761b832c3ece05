import { TZDate, tzOffset } from '@date-fns/tz';
import { isTimeZone } from './time-zone';

/**
 * Turning what a person or a carrier gives (a date, a local date and time in the carrier's
 * zone) into an instant, and reading an instant back as a local wall clock.
 *
 * We read wall clocks through `TZDate`, but resolve a wall clock back to an instant
 * ourselves: `TZDate` moves a time in a DST gap by the gap's length (02:30 → 03:30), and
 * picks one of the two readings of an ambiguous time by the host's own zone (2026-10-25
 * 02:30 Rome comes out as 00:30Z with TZ=Europe/Rome and 01:30Z with TZ=UTC). Here the
 * rules are written down and do not depend on the machine:
 * - a local time that does not exist (the hour skipped when clocks go forward) becomes the
 *   first instant after it: 2026-03-29 02:30 Rome → 03:00 CEST. A deadline must not
 *   move later than the clock change itself.
 * - a local time that happens twice (the hour repeated when clocks go back) becomes the
 *   earlier one: 2026-10-25 02:30 Rome → 02:30 CEST (00:30Z). Warning early beats warning
 *   late.
 */

/** A wall-clock reading in some zone. `month` is 1–12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// What `<input type="datetime-local">` gives: minutes, or seconds when its step asks for them.
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * A date-only expiry (`2026-12-02`) is the end of that day in the zone: the last
 * millisecond before the next local midnight, so it reads 23:59 and sorts after every
 * time of that day.
 */
export function endOfLocalDay(date: string, timeZone: string): string {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date like 2026-12-02`);
  const day = checkedLocalDateTime(match, date);
  const next = calendarDate(day.year, day.month, day.day + 1);
  const nextMidnight = instantOfLocalDateTime({ ...next, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
  return new Date(nextMidnight - 1).toISOString();
}

/**
 * A local date and time in `timeZone` (`2026-12-02T23:59`, seconds optional) → the UTC
 * instant. A time skipped by a DST change becomes the first instant after the gap; a time
 * that happens twice becomes the earlier one (see the top of this file).
 */
export function localDateTimeToInstant(localDateTime: string, timeZone: string): string {
  const match = LOCAL_DATE_TIME.exec(localDateTime);
  if (!match) throw new RangeError(`"${localDateTime}" is not a local date and time like 2026-12-02T23:59`);
  return new Date(instantOfLocalDateTime(checkedLocalDateTime(match, localDateTime), timeZone)).toISOString();
}

/** The wall clock in `timeZone` at an instant. */
export function localDateTimeOf(instant: string | Date, timeZone: string): LocalDateTime {
  assertTimeZone(timeZone);
  const local = new TZDate(toEpochMs(instant), timeZone);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
    second: local.getSeconds(),
    millisecond: local.getMilliseconds(),
  };
}

/** The local calendar date (`2026-12-02`) of an instant in `timeZone`. */
export function localDateOf(instant: string | Date, timeZone: string): string {
  const { year, month, day } = localDateTimeOf(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The instant (epoch ms) a wall clock in `timeZone` names, with the gap and overlap rules
 * above. Fields may overflow (day 32 is the 1st of the next month), as with `Date.UTC`.
 */
export function instantOfLocalDateTime(local: LocalDateTime, timeZone: string): number {
  assertTimeZone(timeZone);
  const wall = wallClockMs(local);
  // The offsets in force around that wall clock: one, or two near a clock change.
  // Changes are months apart, so a day either side sees at most one of them.
  const offsets = [...new Set([wall - DAY_MS, wall, wall + DAY_MS].map((at) => offsetMs(timeZone, at)))];
  const readings = offsets.map((offset) => wall - offset);
  const valid = readings.filter((at) => at + offsetMs(timeZone, at) === wall);
  if (valid.length > 0) return Math.min(...valid);

  // In a gap: find the first instant whose wall clock is past the one asked for, that is
  // the moment the clocks jumped. Its wall clock is below `wall` at `low`, above at `high`.
  let low = Math.min(...readings);
  let high = Math.max(...readings);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (middle + offsetMs(timeZone, middle) > wall) high = middle;
    else low = middle;
  }
  return high;
}

/** Epoch ms of an ISO instant or a Date; throws on one that does not parse. */
export function toEpochMs(instant: string | Date): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`"${String(instant)}" is not an instant`);
  return ms;
}

/** A calendar date with overflowing fields normalised (Jan 32 → Feb 1); month is 1–12. */
export function calendarDate(year: number, month: number, day: number): { year: number; month: number; day: number } {
  const date = new Date(wallClockMs({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days in a month (month 1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return calendarDate(year, month + 1, 0).day;
}

// Checking a zone builds an Intl.DateTimeFormat (~0.2 ms); a plan's zone is checked on
// every call, so the answer is remembered.
const knownTimeZones = new Set<string>();

export function assertTimeZone(timeZone: string): void {
  if (knownTimeZones.has(timeZone)) return;
  if (!isTimeZone(timeZone)) throw new RangeError(`"${timeZone}" is not a time zone this browser knows`);
  knownTimeZones.add(timeZone);
}

/** The wall clock's fields read as if they were UTC: a plain count of calendar time. */
function wallClockMs(local: LocalDateTime): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, local.millisecond);
  return date.getTime();
}

function offsetMs(timeZone: string, at: number): number {
  // tzOffset gives minutes, with a fraction for the odd historical offset in seconds.
  return Math.round(tzOffset(timeZone, new Date(at)) * 60) * 1000;
}

function checkedLocalDateTime(match: RegExpExecArray, text: string): LocalDateTime {
  // Groups 1–3 are the date; 4–7 (time, seconds, fraction) may be absent.
  const field = (index: number) => Number(match[index] ?? 0);
  const local: LocalDateTime = {
    year: field(1),
    month: field(2),
    day: field(3),
    hour: field(4),
    minute: field(5),
    second: field(6),
    millisecond: Number((match[7] ?? '0').padEnd(3, '0')),
  };
  const fits =
    local.month >= 1 &&
    local.month <= 12 &&
    local.day >= 1 &&
    local.day <= daysInMonth(local.year, local.month) &&
    local.hour <= 23 &&
    local.minute <= 59 &&
    local.second <= 59;
  if (!fits) throw new RangeError(`"${text}" is not a real date and time`);
  return local;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
