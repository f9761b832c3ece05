import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOfLocalDateTime, localDateTimeOf } from '../plans/expiry-input';
import { dayAt, instantAtDay, isoDateOfDay, wallClockAt } from './zone-clock';

const zones = fc.constantFrom('Europe/Rome', 'Asia/Baku', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu');
// 2016–2030, minute by minute, so the cached hourly offsets meet every clock change.
const instant = fc.integer({ min: Date.parse('2016-01-01T00:00:00Z') / 60_000, max: Date.parse('2030-12-31T00:00:00Z') / 60_000 }).map((minutes) => minutes * 60_000);

describe('zone clock (remembered zone maths)', () => {
  it('reads the same wall clock and date as expiry-input', () => {
    fc.assert(
      fc.property(instant, zones, (at, zone) => {
        expect(wallClockAt(at, zone)).toEqual(localDateTimeOf(new Date(at), zone));
        const { year, month, day } = localDateTimeOf(new Date(at), zone);
        expect(isoDateOfDay(dayAt(at, zone))).toBe(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('resolves a day at HH:mm as expiry-input does, gaps and overlaps included', () => {
    fc.assert(
      fc.property(instant, zones, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (at, zone, hour, minute) => {
        const day = dayAt(at, zone);
        const { year, month, day: date } = localDateTimeOf(new Date(at), zone);
        expect(instantAtDay(day, hour, minute, zone)).toBe(instantOfLocalDateTime({ year, month, day: date, hour, minute, second: 0, millisecond: 0 }, zone));
      }),
      { numRuns: 1000 },
    );
  });
});
