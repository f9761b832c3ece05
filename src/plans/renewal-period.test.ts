import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOfLocalDateTime, localDateTimeOf } from './expiry-input';
import type { Period } from './primitives';
import { addPeriod, anchorDayOf, isOnAnchorDay } from './renewal-period';

const month: Period = { unit: 'month', count: 1 };
const day: Period = { unit: 'day', count: 1 };

describe('addPeriod', () => {
  it.each<[string, string, Period, string, number | undefined, string]>([
    // Monthly on the 31st, 23:59 Rome: clamps to 28 Feb, comes back to 31 Mar (now CEST).
    ['31 Jan → 28 Feb', '2026-01-31T22:59:00.000Z', month, 'Europe/Rome', 31, '2026-02-28T22:59:00.000Z'],
    ['28 Feb → 31 Mar on anchor 31', '2026-02-28T22:59:00.000Z', month, 'Europe/Rome', 31, '2026-03-31T21:59:00.000Z'],
    ['28 Feb → 28 Mar without an anchor', '2026-02-28T22:59:00.000Z', month, 'Europe/Rome', undefined, '2026-03-28T22:59:00.000Z'],
    ['31 Mar → 30 Apr', '2026-03-31T21:59:00.000Z', month, 'Europe/Rome', 31, '2026-04-30T21:59:00.000Z'],
    ['31 Jan + 3 months on anchor 31', '2026-01-31T22:59:00.000Z', { unit: 'month', count: 3 }, 'Europe/Rome', 31, '2026-04-30T21:59:00.000Z'],
    ['anchor below the day: 31 Jan → 5 Feb', '2026-01-31T22:59:00.000Z', month, 'Europe/Rome', 5, '2026-02-05T22:59:00.000Z'],
    ['December → January', '2026-12-15T09:00:00.000Z', month, 'Europe/Rome', undefined, '2027-01-15T09:00:00.000Z'],
    // Leap years: 29 Feb → 28 Feb → … → 29 Feb again, four years on.
    ['29 Feb + 1 year', '2028-02-29T22:59:00.000Z', { unit: 'year', count: 1 }, 'Europe/Rome', 29, '2029-02-28T22:59:00.000Z'],
    ['29 Feb + 4 years', '2028-02-29T22:59:00.000Z', { unit: 'year', count: 4 }, 'Europe/Rome', 29, '2032-02-29T22:59:00.000Z'],
    ['28 Feb 2029 + 3 years on anchor 29', '2029-02-28T22:59:00.000Z', { unit: 'year', count: 3 }, 'Europe/Rome', 29, '2032-02-29T22:59:00.000Z'],
    // Days keep 23:59 through the 23-hour and the 25-hour day.
    ['23:59 over spring forward (23 h)', '2026-03-28T22:59:00.000Z', day, 'Europe/Rome', undefined, '2026-03-29T21:59:00.000Z'],
    ['23:59 over fall back (25 h)', '2026-10-24T21:59:00.000Z', day, 'Europe/Rome', undefined, '2026-10-25T22:59:00.000Z'],
    ['end of day stays end of day', '2026-03-28T22:59:59.999Z', day, 'Europe/Rome', undefined, '2026-03-29T21:59:59.999Z'],
    ['a week across spring forward', '2026-03-25T10:00:00.000Z', { unit: 'week', count: 1 }, 'Europe/Rome', undefined, '2026-04-01T09:00:00.000Z'],
    ['4 weeks', '2026-10-10T10:00:00.000Z', { unit: 'week', count: 4 }, 'Europe/Rome', undefined, '2026-11-07T11:00:00.000Z'],
    ['30 days across spring forward', '2026-03-15T12:00:00.000Z', { unit: 'day', count: 30 }, 'Europe/Rome', undefined, '2026-04-14T11:00:00.000Z'],
    // 02:30 does not exist on 29 March: the first instant after the gap, 03:00 CEST.
    ['02:30 into the gap', '2026-03-28T01:30:00.000Z', day, 'Europe/Rome', undefined, '2026-03-29T01:00:00.000Z'],
    // 02:30 happens twice on 25 October: the earlier, CEST.
    ['02:30 into the overlap', '2026-10-24T00:30:00.000Z', day, 'Europe/Rome', undefined, '2026-10-25T00:30:00.000Z'],
    ['Baku 31 Jan → 28 Feb', '2026-01-31T19:59:00.000Z', month, 'Asia/Baku', 31, '2026-02-28T19:59:00.000Z'],
    ['Baku 30 days', '2026-12-02T19:59:59.999Z', { unit: 'day', count: 30 }, 'Asia/Baku', undefined, '2027-01-01T19:59:59.999Z'],
    ['New York noon over fall back', '2026-10-31T16:00:00.000Z', day, 'America/New_York', undefined, '2026-11-01T17:00:00.000Z'],
    ['New York 02:30 into the gap', '2026-03-07T07:30:00.000Z', day, 'America/New_York', undefined, '2026-03-08T07:00:00.000Z'],
    // The local date counts, not the UTC one: 00:30 on 1 Feb in Rome is still 31 Jan in UTC.
    ['local month, not UTC month', '2026-01-31T23:30:00.000Z', month, 'Europe/Rome', undefined, '2026-02-28T23:30:00.000Z'],
  ])('%s', (_name, instant, period, zone, anchorDay, expected) => {
    expect(addPeriod(instant, period, zone, anchorDay)).toBe(expected);
  });

  it.each([0, 32, 1.5])('refuses anchor day %s', (anchorDay) => {
    expect(() => addPeriod('2026-01-31T22:59:00.000Z', month, 'Europe/Rome', anchorDay)).toThrow(RangeError);
  });

  it('refuses a period of no units', () => {
    expect(() => addPeriod('2026-01-31T22:59:00.000Z', { unit: 'day', count: 0 }, 'Europe/Rome')).toThrow(RangeError);
  });

  it('refuses an instant that does not parse', () => {
    expect(() => addPeriod('tomorrow', day, 'Europe/Rome')).toThrow(RangeError);
  });
});

describe('anchorDayOf', () => {
  it.each([
    ['2026-01-31T23:30:00.000Z', 'Europe/Rome', 1],
    ['2026-01-31T23:30:00.000Z', 'Asia/Baku', 1],
    ['2026-01-31T23:30:00.000Z', 'America/New_York', 31],
    ['2026-01-31T22:59:59.999Z', 'Europe/Rome', 31],
  ])('%s in %s is day %i', (instant, zone, expected) => {
    expect(anchorDayOf(instant, zone)).toBe(expected);
  });
});

describe('isOnAnchorDay', () => {
  it.each([
    ['2026-02-28T22:59:00.000Z', 31, true],
    ['2026-02-28T22:59:00.000Z', 28, true],
    ['2026-02-28T22:59:00.000Z', 27, false],
    ['2026-03-30T21:59:00.000Z', 31, false],
    ['2026-03-31T21:59:00.000Z', 31, true],
  ])('%s on anchor %i: %s', (instant, anchorDay, expected) => {
    expect(isOnAnchorDay(instant, 'Europe/Rome', anchorDay)).toBe(expected);
  });
});

describe('addPeriod properties', () => {
  const zones = fc.constantFrom('Europe/Rome', 'America/New_York', 'Asia/Baku', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC');
  const instants = fc.integer({ min: Date.parse('1995-01-01'), max: Date.parse('2080-01-01') }).map((ms) => new Date(ms).toISOString());
  const periods = fc.record({ unit: fc.constantFrom('day', 'week', 'month', 'year'), count: fc.integer({ min: 1, max: 40 }) });
  // A start whose local time exists on every day: clocks in these zones change between
  // 02:00 and 03:00, so the hour 2 is left out. Azerbaijan changed its clocks at 04:00
  // until it dropped DST in 2016, so Baku starts from 2016 on.
  const startsOutsideGaps = fc
    .record({
      zone: zones,
      year: fc.integer({ min: 1995, max: 2070 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }).filter((hour) => hour !== 2),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .filter(({ zone, year }) => zone !== 'Asia/Baku' || year >= 2016)
    .map(({ zone, ...wall }) => {
      const instant = new Date(instantOfLocalDateTime({ ...wall, second: 0, millisecond: 0 }, zone)).toISOString();
      return { zone, instant };
    });

  it('+1 month k times equals +k months at once, on the same anchor', () => {
    fc.assert(
      fc.property(startsOutsideGaps, fc.integer({ min: 1, max: 24 }), ({ zone, instant }, k) => {
        const anchor = anchorDayOf(instant, zone);
        let stepped = instant;
        for (let step = 0; step < k; step += 1) stepped = addPeriod(stepped, month, zone, anchor);
        expect(stepped).toBe(addPeriod(instant, { unit: 'month', count: k }, zone, anchor));
      }),
      { numRuns: 150 },
    );
  });

  it('+1 day k times equals +k days at once', () => {
    fc.assert(
      fc.property(startsOutsideGaps, fc.integer({ min: 1, max: 40 }), ({ zone, instant }, k) => {
        let stepped = instant;
        for (let step = 0; step < k; step += 1) stepped = addPeriod(stepped, day, zone);
        expect(stepped).toBe(addPeriod(instant, { unit: 'day', count: k }, zone));
      }),
      { numRuns: 100 },
    );
  });

  it('is strictly later than the input', () => {
    fc.assert(
      fc.property(instants, periods, zones, fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }), (instant, period, zone, anchor) => {
        expect(addPeriod(instant, period as Period, zone, anchor) > instant).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the local time of day, unless that time is skipped on the new day: then the first instant after the gap', () => {
    fc.assert(
      fc.property(instants, periods, zones, (instant, period, zone) => {
        const result = addPeriod(instant, period as Period, zone);
        const before = localDateTimeOf(instant, zone);
        const after = localDateTimeOf(result, zone);
        const sameTime = ['hour', 'minute', 'second', 'millisecond'].every(
          (field) => before[field as keyof typeof before] === after[field as keyof typeof after],
        );
        if (!sameTime) {
          // The result is the very moment the clocks jumped forward.
          const ms = Date.parse(result);
          expect(tzOffset(zone, new Date(ms - 1))).toBeLessThan(tzOffset(zone, new Date(ms)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
