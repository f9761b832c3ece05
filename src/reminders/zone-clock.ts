import { tzOffset } from '@date-fns/tz';
import { assertTimeZone, instantOfLocalDateTime, type LocalDateTime } from '../plans/expiry-input';

/**
 * The zone questions the scheduler asks over and over, answered fast: "which calendar day
 * is this instant in that zone?" and "which instant is that day at HH:mm in that zone?".
 * A thousand plans share a handful of zones and days, so most answers repeat, and each
 * costs several Intl calls when computed. Zone rules do not change while the process runs,
 * so remembering the answers keeps the scheduler pure. The caches are emptied when they
 * grow past a bound, so a long-running worker does not grow without end.
 *
 * Days are counted as day numbers (days since 1970-01-01 on the calendar), which makes
 * "N days before" plain subtraction.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MAX_ENTRIES = 50_000;

const hourOffsets = new Map<string, Map<number, number>>();
const dayInstants = new Map<string, Map<number, number>>();

/** The wall clock in `timeZone` at `instantMs`, as `localDateTimeOf` (expiry-input.ts) reads it. */
export function wallClockAt(instantMs: number, timeZone: string): LocalDateTime {
  const date = new Date(instantMs + offsetAt(instantMs, timeZone));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/** The day number of the calendar date `instantMs` reads in `timeZone`. */
export function dayAt(instantMs: number, timeZone: string): number {
  return Math.floor((instantMs + offsetAt(instantMs, timeZone)) / DAY_MS);
}

/**
 * The instant that reads day number `day` at `hour:minute` in `timeZone`. A time skipped by
 * a DST change is the first instant after the gap; one that happens twice is the earlier
 * (expiry-input.ts): never skipped, never repeated.
 */
export function instantAtDay(day: number, hour: number, minute: number, timeZone: string): number {
  const byDay = cacheFor(dayInstants, timeZone);
  const cacheKey = day * 1440 + hour * 60 + minute;
  let instant = byDay.get(cacheKey);
  if (instant === undefined) {
    const date = new Date(day * DAY_MS);
    const local = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute, second: 0, millisecond: 0 };
    instant = instantOfLocalDateTime(local, timeZone);
    byDay.set(cacheKey, instant);
  }
  return instant;
}

/** `2026-12-02` for a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `09:30` → [9, 30]. The settings schema has checked the format. */
export function hourAndMinute(time: string): [number, number] {
  return [Number(time.slice(0, 2)), Number(time.slice(3, 5))];
}

/**
 * The zone's offset at an instant, in ms. Remembered per whole UTC hour: a zone never
 * changes its clocks twice within an hour, so when the offsets at both ends of an hour
 * agree they hold throughout it; when they differ (a change inside the hour), it is
 * computed for the instant itself.
 */
function offsetAt(instantMs: number, timeZone: string): number {
  const hour = Math.floor(instantMs / HOUR_MS);
  const byHour = cacheFor(hourOffsets, timeZone);
  const atStart = hourOffset(hour, byHour, timeZone);
  if (atStart === hourOffset(hour + 1, byHour, timeZone)) return atStart;
  return offsetMs(instantMs, timeZone);
}

function hourOffset(hour: number, byHour: Map<number, number>, timeZone: string): number {
  let offset = byHour.get(hour);
  if (offset === undefined) {
    offset = offsetMs(hour * HOUR_MS, timeZone);
    byHour.set(hour, offset);
  }
  return offset;
}

function offsetMs(instantMs: number, timeZone: string): number {
  assertTimeZone(timeZone);
  // As expiry-input.ts: tzOffset gives minutes, with a fraction for odd historical offsets.
  return Math.round(tzOffset(timeZone, new Date(instantMs)) * 60) * 1000;
}

function cacheFor(caches: Map<string, Map<number, number>>, timeZone: string): Map<number, number> {
  let cache = caches.get(timeZone);
  if (cache === undefined || cache.size >= MAX_ENTRIES) {
    cache = new Map();
    caches.set(timeZone, cache);
  }
  return cache;
}
