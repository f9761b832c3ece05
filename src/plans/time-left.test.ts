import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPeriod } from './renewal-period';
import { calendarDaysUntil, DEFAULT_SOON_MS, timeLeft } from './time-left';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('timeLeft', () => {
  const expiresAt = '2026-12-02T22:59:00.000Z'; // 23:59 on 2 Dec, Rome

  it.each([
    ['ten days ahead', '2026-11-22T22:59:00.000Z', { status: 'active', msLeft: 10 * DAY, days: 10, hours: 0, minutes: 0 }],
    ['seven days and a minute', '2026-11-25T22:58:00.000Z', { status: 'active', msLeft: 7 * DAY + MINUTE, days: 7, hours: 0, minutes: 1 }],
    ['exactly seven days', '2026-11-25T22:59:00.000Z', { status: 'expiringSoon', msLeft: 7 * DAY, days: 7, hours: 0, minutes: 0 }],
    ['a day, 2 h and a minute', '2026-12-01T20:58:00.000Z', { status: 'expiringSoon', msLeft: DAY + 2 * HOUR + MINUTE, days: 1, hours: 2, minutes: 1 }],
    ['59.999 s: under a minute', '2026-12-02T22:58:00.001Z', { status: 'expiringSoon', msLeft: MINUTE - 1, days: 0, hours: 0, minutes: 0 }],
    ['the expiry itself', '2026-12-02T22:59:00.000Z', { status: 'expired', msLeft: 0, days: 0, hours: 0, minutes: 0 }],
    ['90 minutes after', '2026-12-03T00:29:00.000Z', { status: 'expired', msLeft: -90 * MINUTE, days: 0, hours: 1, minutes: 30 }],
    ['3 days, 4 h, 5 min after', '2026-12-06T03:04:00.000Z', { status: 'expired', msLeft: -(3 * DAY + 4 * HOUR + 5 * MINUTE), days: 3, hours: 4, minutes: 5 }],
  ])('%s', (_name, now, expected) => {
    expect(timeLeft({ expiresAt }, new Date(now))).toEqual(expected);
  });

  it('takes its own "soon"', () => {
    expect(timeLeft({ expiresAt }, new Date('2026-11-29T22:59:00.000Z'), { soonMs: 2 * DAY }).status).toBe('active');
    expect(timeLeft({ expiresAt }, new Date('2026-11-30T22:59:00.000Z'), { soonMs: 2 * DAY }).status).toBe('expiringSoon');
  });

  it.each([
    ['before the start', '2026-10-01T00:00:00.000Z', 0],
    ['at the start', '2026-11-02T22:59:00.000Z', 0],
    ['half way', '2026-11-17T22:59:00.000Z', 0.5],
    ['at the end', '2026-12-02T22:59:00.000Z', 1],
    ['long after', '2027-03-01T00:00:00.000Z', 1],
  ])('progress %s is %d', (_name, now, expected) => {
    expect(timeLeft({ startsAt: '2026-11-02T22:59:00.000Z', expiresAt }, new Date(now)).progress).toBe(expected);
  });

  it('has no progress without a start', () => {
    expect(timeLeft({ expiresAt }, new Date('2026-11-17T22:59:00.000Z')).progress).toBeUndefined();
  });

  it('counts a start after the end (bad data) as unused until the end, used up after it', () => {
    const backwards = { startsAt: '2026-12-03T00:00:00.000Z', expiresAt };
    expect(timeLeft(backwards, new Date('2026-12-01T00:00:00.000Z')).progress).toBe(0);
    expect(timeLeft(backwards, new Date('2026-12-04T00:00:00.000Z')).progress).toBe(1);
  });

  it('refuses an expiry that does not parse', () => {
    expect(() => timeLeft({ expiresAt: 'soon' }, new Date('2026-12-01T00:00:00.000Z'))).toThrow(RangeError);
  });

  const times = fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2100-01-01') });

  it('splits |msLeft| into whole days, hours and minutes, with status to match (property)', () => {
    fc.assert(
      fc.property(times, times, fc.option(times, { nil: undefined }), fc.integer({ min: 0, max: 30 * DAY }), (expires, now, starts, soonMs) => {
        const left = timeLeft(
          { expiresAt: new Date(expires).toISOString(), startsAt: starts === undefined ? undefined : new Date(starts).toISOString() },
          new Date(now),
          { soonMs },
        );
        expect(left.msLeft).toBe(expires - now);
        const whole = left.days * DAY + left.hours * HOUR + left.minutes * MINUTE;
        expect(whole).toBeLessThanOrEqual(Math.abs(left.msLeft));
        expect(Math.abs(left.msLeft)).toBeLessThan(whole + MINUTE);
        expect(left.hours).toBeLessThan(24);
        expect(left.minutes).toBeLessThan(60);
        expect(left.status).toBe(left.msLeft <= 0 ? 'expired' : left.msLeft <= soonMs ? 'expiringSoon' : 'active');
        if (starts === undefined) expect(left.progress).toBeUndefined();
        else {
          expect(left.progress).toBeGreaterThanOrEqual(0);
          expect(left.progress).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('uses seven days as "soon" by default', () => {
    expect(DEFAULT_SOON_MS).toBe(7 * DAY);
  });
});

describe('calendarDaysUntil', () => {
  it.each([
    // "Expires today at 23:59": the morning of the day itself.
    ['today, in the morning', '2026-12-02T22:59:00.000Z', '2026-12-02T08:00:00.000Z', 'Europe/Rome', 0],
    // 00:30 on 2 Dec in Rome is still 1 Dec in UTC, but the Rome date is what counts.
    ['today, just after local midnight', '2026-12-02T22:59:00.000Z', '2026-12-01T23:30:00.000Z', 'Europe/Rome', 0],
    ['same instants, counted in UTC', '2026-12-02T22:59:00.000Z', '2026-12-01T23:30:00.000Z', 'UTC', 1],
    ['tomorrow', '2026-12-02T22:59:00.000Z', '2026-12-01T22:00:00.000Z', 'Europe/Rome', 1],
    ['yesterday', '2026-12-02T22:59:00.000Z', '2026-12-03T09:00:00.000Z', 'Europe/Rome', -1],
    ['a month ahead', '2026-12-02T22:59:00.000Z', '2026-11-02T10:00:00.000Z', 'Europe/Rome', 30],
    // 29 March 2026 lasts 23 hours in Rome: from 00:30 CET to 23:59 CEST is still today…
    ['the 23-hour day, same date', '2026-03-29T21:59:00.000Z', '2026-03-28T23:30:00.000Z', 'Europe/Rome', 0],
    // …and 00:30 the next day, 23 hours on, is tomorrow.
    ['the 23-hour day, next date', '2026-03-29T22:30:00.000Z', '2026-03-28T23:30:00.000Z', 'Europe/Rome', 1],
    // 25 October lasts 25 hours: midnight to its last millisecond is still today.
    ['the 25-hour day, same date', '2026-10-25T22:59:59.999Z', '2026-10-24T22:00:00.000Z', 'Europe/Rome', 0],
    ['the 25-hour day, next date', '2026-10-25T23:00:00.000Z', '2026-10-24T22:00:00.000Z', 'Europe/Rome', 1],
    // Baku is UTC+4 all year: 20:30Z is already 00:30 tomorrow there, still today in Rome.
    ['Baku: past midnight', '2026-12-02T20:30:00.000Z', '2026-12-02T19:30:00.000Z', 'Asia/Baku', 1],
    ['Rome: the same instants', '2026-12-02T20:30:00.000Z', '2026-12-02T19:30:00.000Z', 'Europe/Rome', 0],
    ['Baku: today', '2026-12-02T19:59:59.999Z', '2026-12-01T20:00:00.000Z', 'Asia/Baku', 0],
    ['across a year end', '2027-01-01T10:00:00.000Z', '2026-12-31T10:00:00.000Z', 'Asia/Baku', 1],
  ])('%s', (_name, instant, now, zone, expected) => {
    expect(calendarDaysUntil(instant, new Date(now), zone)).toBe(expected);
  });

  const zones = fc.constantFrom('Europe/Rome', 'Asia/Baku', 'America/New_York', 'America/Santiago', 'Pacific/Kiritimati', 'UTC');
  const instants = fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2090-01-01') });

  it('is antisymmetric, zero on itself and never decreases as the instant moves on (property)', () => {
    fc.assert(
      fc.property(zones, instants, instants, fc.nat(3 * DAY), (zone, a, b, step) => {
        expect(calendarDaysUntil(new Date(a), new Date(b), zone)).toBe(-calendarDaysUntil(new Date(b), new Date(a), zone) || 0);
        expect(calendarDaysUntil(new Date(a), new Date(a), zone)).toBe(0);
        expect(calendarDaysUntil(new Date(a + step), new Date(b), zone)).toBeGreaterThanOrEqual(calendarDaysUntil(new Date(a), new Date(b), zone));
      }),
      { numRuns: 200 },
    );
  });

  it('counts n for an instant n calendar days on (property)', () => {
    fc.assert(
      fc.property(zones, instants, fc.integer({ min: 1, max: 400 }), (zone, now, n) => {
        const from = new Date(now).toISOString();
        expect(calendarDaysUntil(addPeriod(from, { unit: 'day', count: n }, zone), new Date(now), zone)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
