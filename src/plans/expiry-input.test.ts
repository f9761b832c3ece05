import { tzScan } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  endOfLocalDay,
  instantOfLocalDateTime,
  localDateOf,
  localDateTimeOf,
  localDateTimeToInstant,
  type LocalDateTime,
} from './expiry-input';

// Zones with the kinds of clock change we care about: Rome and New York (an hour at
// 02:00), Baku (none, UTC+4), Santiago (at midnight, so a day can start at 01:00), Lord
// Howe (half an hour), Kolkata (a half-hour offset, no DST).
const ZONES = ['Europe/Rome', 'America/New_York', 'Asia/Baku', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

describe('endOfLocalDay', () => {
  it.each([
    ['2026-12-02', 'Europe/Rome', '2026-12-02T22:59:59.999Z'],
    // Clocks go forward in the night of 29 March: the 28th still ends at CET midnight.
    ['2026-03-28', 'Europe/Rome', '2026-03-28T22:59:59.999Z'],
    // The 23-hour day ends at CEST midnight.
    ['2026-03-29', 'Europe/Rome', '2026-03-29T21:59:59.999Z'],
    ['2026-10-24', 'Europe/Rome', '2026-10-24T21:59:59.999Z'],
    // The 25-hour day ends at CET midnight.
    ['2026-10-25', 'Europe/Rome', '2026-10-25T22:59:59.999Z'],
    ['2026-12-02', 'Asia/Baku', '2026-12-02T19:59:59.999Z'],
    ['2026-03-29', 'Asia/Baku', '2026-03-29T19:59:59.999Z'],
    ['2026-03-08', 'America/New_York', '2026-03-09T03:59:59.999Z'],
    ['2026-11-01', 'America/New_York', '2026-11-02T04:59:59.999Z'],
    // Santiago goes back from 00:00 to 23:00 on 5 April: 4 April runs to the second 23:59.
    ['2026-04-04', 'America/Santiago', '2026-04-05T03:59:59.999Z'],
    // …and forward from 00:00 to 01:00 on 6 September: the 5th ends when the 6th begins, at 01:00.
    ['2026-09-05', 'America/Santiago', '2026-09-06T03:59:59.999Z'],
    ['2028-02-28', 'Europe/Rome', '2028-02-28T22:59:59.999Z'],
    ['2026-12-31', 'Europe/Rome', '2026-12-31T22:59:59.999Z'],
  ])('%s in %s ends at %s', (date, zone, expected) => {
    expect(endOfLocalDay(date, zone)).toBe(expected);
  });

  it('reads as 23:59 in the zone', () => {
    expect(localDateTimeOf(endOfLocalDay('2026-03-29', 'Europe/Rome'), 'Europe/Rome')).toMatchObject({
      day: 29,
      hour: 23,
      minute: 59,
    });
  });

  it.each(['2026-02-29', '2026-13-01', '2026-12-2', '02/12/2026', '2026-12-02T23:59'])('refuses %s', (date) => {
    expect(() => endOfLocalDay(date, 'Europe/Rome')).toThrow(RangeError);
  });

  it('refuses an unknown zone', () => {
    expect(() => endOfLocalDay('2026-12-02', 'Europe/Atlantis')).toThrow(/time zone/);
  });

  it('is the last millisecond of that local date (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (zone, someDay) => {
        const date = someDay.toISOString().slice(0, 10);
        const end = new Date(endOfLocalDay(date, zone));
        const next = calendarDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)) + 1);
        expect(localDateOf(end, zone)).toBe(date);
        expect(localDateTimeOf(new Date(end.getTime() + 1), zone)).toMatchObject({ ...next });
      }),
      { numRuns: 300 },
    );
  });
});

describe('localDateTimeToInstant', () => {
  it.each([
    ['2026-12-02T23:59', 'Europe/Rome', '2026-12-02T22:59:00.000Z'],
    ['2026-12-02T23:59:30', 'Europe/Rome', '2026-12-02T22:59:30.000Z'],
    ['2026-07-01T12:00', 'Europe/Rome', '2026-07-01T10:00:00.000Z'],
    // Spring forward, 29 March 2026: 02:00–02:59 does not exist; such a time becomes 03:00 CEST.
    ['2026-03-29T01:59', 'Europe/Rome', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29T02:00', 'Europe/Rome', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29T02:30', 'Europe/Rome', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29T02:59:59', 'Europe/Rome', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29T03:00', 'Europe/Rome', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29T03:01', 'Europe/Rome', '2026-03-29T01:01:00.000Z'],
    // Fall back, 25 October 2026: 02:00–02:59 happens twice; we take the first (CEST).
    ['2026-10-25T01:59', 'Europe/Rome', '2026-10-24T23:59:00.000Z'],
    ['2026-10-25T02:00', 'Europe/Rome', '2026-10-25T00:00:00.000Z'],
    ['2026-10-25T02:30', 'Europe/Rome', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25T03:00', 'Europe/Rome', '2026-10-25T02:00:00.000Z'],
    // Baku: UTC+4 all year.
    ['2026-03-29T02:30', 'Asia/Baku', '2026-03-28T22:30:00.000Z'],
    ['2026-10-25T02:30', 'Asia/Baku', '2026-10-24T22:30:00.000Z'],
    ['2026-12-02T23:59', 'Asia/Baku', '2026-12-02T19:59:00.000Z'],
    // New York: forward on 8 March, back on 1 November.
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['2026-03-08T03:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-11-01T02:30', 'America/New_York', '2026-11-01T07:30:00.000Z'],
    // Santiago skips midnight on 6 September: the day starts at 01:00.
    ['2026-09-06T00:00', 'America/Santiago', '2026-09-06T04:00:00.000Z'],
    // Lord Howe skips half an hour, 02:00–02:29, on 4 October.
    ['2026-10-04T02:15', 'Australia/Lord_Howe', '2026-10-03T15:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, expected) => {
    expect(localDateTimeToInstant(local, zone)).toBe(expected);
  });

  it.each(['2026-02-30T10:00', '2026-12-02 23:59', '2026-12-02T24:00', '2026-12-02T23:60', '2026-12-02', '2026-12-02T23:59Z'])(
    'refuses %s',
    (local) => {
      expect(() => localDateTimeToInstant(local, 'Europe/Rome')).toThrow(RangeError);
    },
  );

  it('refuses an unknown zone', () => {
    expect(() => localDateTimeToInstant('2026-12-02T23:59', 'Mars/Olympus')).toThrow(/time zone/);
  });
});

describe('instantOfLocalDateTime', () => {
  const wallClocks = fc.record({
    year: fc.integer({ min: 1990, max: 2090 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.constant(0),
    millisecond: fc.constant(0),
  });

  // Random wall clocks almost never hit a clock change, so half of them are drawn from the
  // six hours around one.
  const changeYears = new Map<string, Date[]>();
  const clockChanges = (zone: string, year: number): Date[] => {
    const key = `${zone} ${year}`;
    if (!changeYears.has(key)) {
      const changes = tzScan(zone, { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) });
      changeYears.set(key, changes.map((change) => change.date));
    }
    return changeYears.get(key)!;
  };
  const nearClockChanges = fc
    .record({
      zone: fc.constantFrom('Europe/Rome', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe'),
      year: fc.integer({ min: 2000, max: 2080 }),
      which: fc.nat(),
      minutes: fc.integer({ min: 0, max: 360 }),
    })
    .filter(({ zone, year }) => clockChanges(zone, year).length > 0)
    .map(({ zone, year, which, minutes }) => {
      const changes = clockChanges(zone, year);
      const start = localDateTimeOf(new Date(changes[which % changes.length]!.getTime() - 3 * 3_600_000), zone);
      return { zone, wall: normalised({ ...start, minute: start.minute + minutes, second: 0, millisecond: 0 }) };
    });
  const anyWallClocks = fc.record({ zone: fc.constantFrom(...ZONES), wall: wallClocks });

  it('reads back as the wall clock asked for, or is the first instant after a gap (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyWallClocks, nearClockChanges), ({ zone, wall }) => {
        const instant = instantOfLocalDateTime(wall, zone);
        const read = localDateTimeOf(new Date(instant), zone);
        if (JSON.stringify(read) === JSON.stringify(wall)) {
          // The earlier of two readings: half an hour or an hour before (the sizes of the
          // clock changes in these zones), the clock did not show the same time.
          for (const back of [1_800_000, 3_600_000]) {
            expect(localKey(localDateTimeOf(new Date(instant - back), zone))).not.toBe(localKey(wall));
          }
        } else {
          // In a gap: one millisecond earlier the clock was still before the time asked for.
          const justBefore = localDateTimeOf(new Date(instant - 1), zone);
          expect(localKey(justBefore) < localKey(wall)).toBe(true);
          expect(localKey(read) > localKey(wall)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every instant again from its wall clock, or the earlier of two (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2090-01-01') }), (zone, ms) => {
        const wall = localDateTimeOf(new Date(ms), zone);
        const back = instantOfLocalDateTime(wall, zone);
        expect(back).toBeLessThanOrEqual(ms);
        expect(localDateTimeOf(new Date(back), zone)).toEqual(wall);
      }),
      { numRuns: 300 },
    );
  });
});

/** Overflowing fields carried over (minute 75 → next hour), as calendar arithmetic. */
function normalised(local: LocalDateTime): LocalDateTime {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, local.millisecond);
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

function localKey(local: LocalDateTime): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(local.year, 4)}${pad(local.month)}${pad(local.day)}${pad(local.hour)}${pad(local.minute)}${pad(local.second)}${pad(local.millisecond, 3)}`;
}
