import fc from 'fast-check';
import { endOfLocalDay, localDateOf } from '../plans/expiry-input';
import type { Plan } from '../plans/plan';
import { DEFAULT_SETTINGS, type LeadTime, type Settings } from '../plans/settings';
import type { SimulationScenario, SimulationStep } from './simulate';

/**
 * Random scenarios for `simulate` (fast-check): used by the property test and by the
 * benchmark, which runs many more of them. Only tests and bench import this file.
 */

export const ZONES = ['Europe/Rome', 'Asia/Baku', 'America/New_York', 'Asia/Shanghai'] as const;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

// Clock changes of 2026 in the zones above (Baku and Shanghai keep one offset all year).
const DST_CHANGES = [
  '2026-03-08T07:00:00.000Z', // New York springs forward
  '2026-03-29T01:00:00.000Z', // Rome springs forward
  '2026-10-25T01:00:00.000Z', // Rome falls back
  '2026-11-01T06:00:00.000Z', // New York falls back
].map(Date.parse);

const zone = fc.constantFrom(...ZONES);
const time = fc.constantFrom('00:30', '01:30', '02:30', '09:00', '21:00', '23:30');

const leadTimes: fc.Arbitrary<LeadTime[]> = fc.subarray<LeadTime>([{ daysBefore: 14 }, { daysBefore: 7 }, { daysBefore: 3 }, { daysBefore: 1 }, 'atExpiry']);

const settings: fc.Arbitrary<Settings> = fc.record({
  reminderLeadTimes: leadTimes,
  numberKeptLeadDays: fc.subarray([30, 7, 1]),
  reminderTime: time,
  quietHours: fc.record({ enabled: fc.boolean(), start: fc.constantFrom('22:00', '23:00', '13:00'), end: fc.constantFrom('08:00', '02:30', '15:00') }),
  afterExpiryReminders: fc.boolean(),
}).map((picked) => ({ ...DEFAULT_SETTINGS, ...picked }));

function planAt(startMs: number) {
  return fc
    .record({
      timeZone: zone,
      expiresInMin: fc.integer({ min: -3 * 24 * 60, max: 45 * 24 * 60 }),
      dayPrecision: fc.boolean(),
      editedMinAgo: fc.integer({ min: 0, max: 10 * 24 * 60 }),
      autoRenewDie: fc.integer({ min: 0, max: 4 }),
      silencedDie: fc.integer({ min: 0, max: 9 }),
      keptDays: fc.option(fc.integer({ min: 1, max: 60 }), { freq: 3 }),
    })
    .map(({ timeZone, expiresInMin, dayPrecision, editedMinAgo, autoRenewDie, silencedDie, keptDays }) => {
      let expiresAt = new Date(startMs + expiresInMin * MINUTE_MS).toISOString();
      if (dayPrecision) expiresAt = endOfLocalDay(localDateOf(expiresAt, timeZone), timeZone);
      const updatedAt = new Date(startMs - editedMinAgo * MINUTE_MS).toISOString();
      return {
        timeZone,
        expiresAt,
        expiryPrecision: dayPrecision ? 'day' : 'instant',
        autoRenew: autoRenewDie === 0,
        ...(silencedDie === 0 ? { silencedExpiresAt: expiresAt } : {}),
        ...(keptDays === null ? {} : { numberKeptUntil: new Date(Date.parse(expiresAt) + keptDays * DAY_MS).toISOString() }),
        createdAt: updatedAt,
        updatedAt,
      } satisfies Partial<Plan>;
    });
}

const step: fc.Arbitrary<SimulationStep> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 6 * 60 }).map((minutes) => ({ kind: 'advance', ms: minutes * MINUTE_MS }) as const) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 10 * 24 }).map((hours) => ({ kind: 'advance', ms: hours * HOUR_MS }) as const) },
  { weight: 5, arbitrary: fc.constant({ kind: 'alarm' } as const) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 48 * 60 }).map((minutes) => ({ kind: 'clockBack', ms: minutes * MINUTE_MS }) as const) },
  { weight: 1, arbitrary: zone.map((timeZone) => ({ kind: 'travel', timeZone }) as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'kill' } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'snooze' } as const) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renew' as const), plan: fc.nat(4), days: fc.integer({ min: 1, max: 40 }) }) },
);

export const scenarioArbitrary: fc.Arbitrary<SimulationScenario> = fc
  .record({
    change: fc.constantFrom(...DST_CHANGES),
    offsetMin: fc.integer({ min: -20 * 24 * 60, max: 2 * 24 * 60 }),
    userTimeZone: zone,
    settings,
  })
  .chain(({ change, offsetMin, userTimeZone, settings }) => {
    const startMs = change + offsetMin * MINUTE_MS;
    return fc
      .record({ plans: fc.array(planAt(startMs), { minLength: 1, maxLength: 5 }), steps: fc.array(step, { minLength: 5, maxLength: 40 }) })
      .map(({ plans, steps }) => ({
        plans: plans.map((plan, index) => ({
          id: `p${index}`,
          label: `Plan ${index}`,
          carrierId: 'tim',
          archived: false,
          ...plan,
        })) as Plan[],
        settings,
        startMs,
        userTimeZone,
        steps,
      }));
  });
