import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIME_ZONES } from '../../tests/support/arbitraries';
import { aPlan } from '../../tests/support/plans';
import { localDateTimeOf } from '../plans/expiry-input';
import type { Plan } from '../plans/plan';
import { timeLeft } from '../plans/time-left';
import { BADGE_COLORS, badgeFor, type Badge } from './badge';

const { green, amber, red } = BADGE_COLORS;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ROME = 'Europe/Rome';

// Tue 2 Dec 2026, 23:59 in Rome.
const expiresAt = '2026-12-02T22:59:00.000Z';
const before = (ms: number) => new Date(Date.parse(expiresAt) - ms);
const plan = (overrides: Partial<Plan> = {}) => aPlan({ expiresAt, ...overrides });

describe('badgeFor', () => {
  it.each<[string, Date, Badge]>([
    ['12 days and a half', before(12 * DAY + 12 * HOUR), { text: '12d', color: green, nextChangeAt: '2026-11-20T22:59:00.001Z' }],
    ['exactly 12 days', before(12 * DAY), { text: '12d', color: green, nextChangeAt: '2026-11-20T22:59:00.001Z' }],
    ['8 days', before(8 * DAY + HOUR), { text: '8d', color: green, nextChangeAt: '2026-11-24T22:59:00.001Z' }],
    // 7 days and a minute read "7d" and are still green; the colour changes first.
    ['7 days and a minute', before(7 * DAY + MINUTE), { text: '7d', color: green, nextChangeAt: '2026-11-25T22:59:00.000Z' }],
    ['exactly 7 days', before(7 * DAY), { text: '7d', color: amber, nextChangeAt: '2026-11-25T22:59:00.001Z' }],
    ['5 days 23 h (rounded down)', before(5 * DAY + 23 * HOUR), { text: '5d', color: amber, nextChangeAt: '2026-11-27T22:59:00.001Z' }],
    ['a day and a millisecond', before(DAY + 1), { text: '1d', color: amber, nextChangeAt: '2026-12-01T22:59:00.000Z' }],
    ['exactly a day', before(DAY), { text: '1d', color: red, nextChangeAt: '2026-12-01T22:59:00.001Z' }],
    ['23 h 59 min', before(DAY - MINUTE), { text: '23h', color: red, nextChangeAt: '2026-12-01T23:59:00.001Z' }],
    ['5 h 30 min', before(5 * HOUR + 30 * MINUTE), { text: '5h', color: red, nextChangeAt: '2026-12-02T17:59:00.001Z' }],
    ['exactly an hour', before(HOUR), { text: '1h', color: red, nextChangeAt: '2026-12-02T21:59:00.001Z' }],
    ['59 minutes', before(59 * MINUTE), { text: '<1h', color: red, nextChangeAt: expiresAt }],
    ['a millisecond', before(1), { text: '<1h', color: red, nextChangeAt: expiresAt }],
    ['the expiry itself', before(0), { text: '!', color: red }],
    ['a month after', before(-30 * DAY), { text: '!', color: red }],
  ])('%s left', (_name, now, expected) => {
    expect(badgeFor([plan()], now, ROME)).toEqual(expected);
  });

  const now = new Date('2026-11-29T10:00:00.000Z');

  it('is empty with no plans, or only archived and let-expire ones', () => {
    expect(badgeFor([], now, ROME)).toEqual({ text: '', color: green });
    expect(badgeFor([plan({ archived: true }), plan({ id: 'b', silencedExpiresAt: expiresAt })], now, ROME).text).toBe('');
  });

  it('counts the plan that runs out first', () => {
    const later = plan({ id: 'later', expiresAt: '2026-12-20T10:00:00.000Z' });
    expect(badgeFor([later, plan()], now, ROME).text).toBe('3d');
    expect(badgeFor([plan(), later], now, ROME).text).toBe('3d');
  });

  it('shows "!" while any counted plan has expired', () => {
    const expired = plan({ id: 'old', expiresAt: '2026-11-01T10:00:00.000Z' });
    expect(badgeFor([plan(), expired], now, ROME)).toEqual({ text: '!', color: red });
  });

  it('leaves out archived plans and plans the person let expire, even expired ones', () => {
    const archived = plan({ id: 'archived', expiresAt: '2026-11-01T10:00:00.000Z', archived: true });
    const letExpire = plan({ id: 'trip-over', expiresAt: '2026-11-01T10:00:00.000Z', silencedExpiresAt: '2026-11-01T10:00:00.000Z' });
    expect(badgeFor([plan(), archived, letExpire], now, ROME).text).toBe('3d');
  });

  it('counts a plan again once renewed after "let it expire" (a new expiry)', () => {
    const renewed = plan({ silencedExpiresAt: '2026-11-01T10:00:00.000Z' });
    expect(badgeFor([renewed], now, ROME).text).toBe('3d');
  });
});

describe('badgeFor around DST in Rome', () => {
  // Clocks go forward on Sun 29 Mar 2026 (02:00 → 03:00): that day has 23 hours.
  const afterSpring = '2026-03-30T21:59:00.000Z'; // Mon 30 Mar, 23:59 CEST
  // Clocks go back on Sun 25 Oct 2026 (03:00 → 02:00): that day has 25 hours.
  const afterAutumn = '2026-10-26T22:59:00.000Z'; // Mon 26 Oct, 23:59 CET

  it.each<[string, string, string, string, string, string]>([
    // Sat 23:59 CET to Mon 23:59 CEST is 47 hours, but two days on the clock.
    ['the 23-hour day still counts as a day', afterSpring, '2026-03-28T22:59:00.000Z', ROME, '2d', '2026-03-28T22:59:00.001Z'],
    // Shanghai has no DST: the same 47 hours are one day and 23 hours there (turning red
    // when exactly a day is left).
    ['the same instants in Shanghai', afterSpring, '2026-03-28T22:59:00.000Z', 'Asia/Shanghai', '1d', '2026-03-29T21:59:00.000Z'],
    // Sat 23:59 CEST to Mon 23:59 CET is 49 hours and two days.
    ['the 25-hour day is one day', afterAutumn, '2026-10-24T21:59:00.000Z', ROME, '2d', '2026-10-24T21:59:00.001Z'],
    ['a minute later, 49 hours are one day', afterAutumn, '2026-10-24T22:00:00.000Z', ROME, '1d', '2026-10-25T22:59:00.000Z'],
    // Expiry Sun 25 Oct 23:59 CET: "a day before" is Sat 23:59 CEST, 25 hours before.
    ['under a day on the clock, 24 real hours', '2026-10-25T22:59:00.000Z', '2026-10-24T22:30:00.000Z', ROME, '24h', '2026-10-24T22:59:00.001Z'],
    // Expiry Mon 30 Mar 02:30 CEST: Sun 02:30 does not exist, so "a day before" is 03:00 CEST.
    ['a day before falls in the skipped hour', '2026-03-30T00:30:00.000Z', '2026-03-29T01:00:00.000Z', ROME, '1d', '2026-03-29T01:00:00.001Z'],
    ['just after the skipped hour', '2026-03-30T00:30:00.000Z', '2026-03-29T01:00:00.001Z', ROME, '23h', '2026-03-29T01:30:00.001Z'],
  ])('%s', (_name, expiry, now, zone, text, nextChangeAt) => {
    expect(badgeFor([aPlan({ expiresAt: expiry })], new Date(now), zone)).toMatchObject({ text, nextChangeAt });
  });

  it.each([
    ['spring', afterSpring, '2026-03-20T12:00:00.000Z'],
    ['autumn', afterAutumn, '2026-10-16T12:00:00.000Z'],
  ])('counts down once a day at 23:59 local across the %s change, never skipping or repeating', (_season, expiry, start) => {
    const seen: string[] = [];
    const changesAt: string[] = [];
    let at = new Date(start);
    for (let step = 0; step < 100; step += 1) {
      const badge = badgeFor([aPlan({ expiresAt: expiry })], at, ROME);
      seen.push(`${badge.text} ${badge.color}`);
      if (badge.nextChangeAt === undefined) break;
      at = new Date(badge.nextChangeAt);
      const local = localDateTimeOf(at, ROME);
      changesAt.push(`${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`);
    }
    expect(seen).toEqual([
      `10d ${green}`,
      `9d ${green}`,
      `8d ${green}`,
      `7d ${green}`,
      `7d ${amber}`,
      ...[6, 5, 4, 3, 2].map((days) => `${days}d ${amber}`),
      `1d ${amber}`,
      `1d ${red}`,
      ...Array.from({ length: 23 }, (_, index) => `${23 - index}h ${red}`),
      `<1h ${red}`,
      `! ${red}`,
    ]);
    // Every change of the day count happens at 23:59 on the Rome clock, before and after DST.
    expect(new Set(changesAt.slice(0, 10))).toEqual(new Set(['23:59']));
  });
});

describe('badgeFor (property)', () => {
  // Instants near DST changes in the zones we test, and anywhere in a few years.
  const transitions = ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-04-05T15:00:00Z'].map(Date.parse);
  const base = fc.oneof(
    fc.tuple(fc.constantFrom(...transitions), fc.integer({ min: -10 * DAY, max: 10 * DAY })).map(([at, offset]) => at + offset),
    fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2030-12-31') }),
  );
  const plansAround = (baseMs: number) =>
    fc.array(
      fc.record({ offset: fc.integer({ min: -2 * DAY, max: 12 * DAY }), archived: fc.boolean(), letExpire: fc.boolean() }),
      { maxLength: 4 },
    ).map((specs) =>
      specs.map(({ offset, archived, letExpire }, index) => {
        const expiry = new Date(baseMs + offset).toISOString();
        return aPlan({ id: `p${index}`, expiresAt: expiry, archived: archived && index % 2 === 0, ...(letExpire && index % 3 === 0 ? { silencedExpiresAt: expiry } : {}) });
      }),
    );
  const scenario = base.chain((baseMs) =>
    fc.record({
      now: fc.integer({ min: baseMs - DAY, max: baseMs + DAY }),
      plans: plansAround(baseMs),
      zone: fc.constantFrom(...TIME_ZONES, 'Asia/Shanghai'),
      // Where to look between now and the next change: 0 = now, 1 = just before it.
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  );

  it('does not change between now and nextChangeAt, and changes then', () => {
    fc.assert(
      fc.property(scenario, ({ now, plans, zone, fraction }) => {
        const badge = badgeFor(plans, new Date(now), zone);
        expect(badge.text).toMatch(/^(\d+d|\d+h|<1h|!|)$/);
        expect(Object.values(BADGE_COLORS)).toContain(badge.color);
        expect(badge.nextChangeAt === undefined).toBe(badge.text === '' || badge.text === '!');
        if (badge.nextChangeAt === undefined) return;

        const next = Date.parse(badge.nextChangeAt);
        expect(next).toBeGreaterThan(now);
        const between = Math.min(next - 1, now + Math.floor((next - now) * fraction));
        for (const at of [between, next - 1]) {
          expect(badgeFor(plans, new Date(at), zone), `at ${new Date(at).toISOString()}`).toEqual(badge);
        }
        const then = badgeFor(plans, new Date(next), zone);
        expect([then.text, then.color]).not.toEqual([badge.text, badge.color]);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with timeLeft to within a day, and exactly on days without a clock change', () => {
    fc.assert(
      fc.property(scenario, ({ now, plans, zone }) => {
        const badge = badgeFor(plans, new Date(now), zone);
        const match = /^(\d+)d$/.exec(badge.text);
        if (!match) return;
        const counted = plans.filter((p) => !p.archived && p.silencedExpiresAt !== p.expiresAt);
        const soonest = counted.reduce((a, b) => (a.expiresAt <= b.expiresAt ? a : b));
        const left = timeLeft(soonest, new Date(now));
        expect(Math.abs(Number(match[1]) - left.days)).toBeLessThanOrEqual(1);
        if (zone === 'UTC' || zone === 'Asia/Shanghai') expect(Number(match[1])).toBe(left.days);
      }),
      { numRuns: 200 },
    );
  });
});
