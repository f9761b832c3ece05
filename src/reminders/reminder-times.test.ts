import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from '../plans/expiry-input';
import type { Dormancy } from '../plans/number-kept';
import type { Plan } from '../plans/plan';
import { DEFAULT_SETTINGS, type Settings } from '../plans/settings';
import { aPlan } from '../../tests/support/plans';
import { remindersOf, toReminder } from './reminder-times';

const NOW = '2026-01-01T00:00:00.000Z';

function times(
  plan: Partial<Plan>,
  settings: Partial<Settings>,
  userTimeZone: string,
  { now = NOW, dormancy }: { now?: string; dormancy?: Dormancy } = {},
): [string, string][] {
  return remindersOf(aPlan(plan), { settings: { ...DEFAULT_SETTINGS, ...settings }, userTimeZone, nowMs: Date.parse(now), dormancy }).map(
    (candidate) => [candidate.reminder.key.replace(/^plan-rome\|/, ''), toReminder(candidate).fireAt],
  );
}

const oneDay = { reminderLeadTimes: [{ daysBefore: 1 }] };

describe('"N days before": the date in the plan’s zone, the hour in the person’s', () => {
  it.each<[string, Partial<Plan>, Partial<Settings>, string, [string, string][]]>([
    [
      // The worked example: Tue 2 Dec 23:59 Rome is 3 Dec 06:59 in Shanghai; one day
      // before counts from the carrier's 2 Dec → Mon 1 Dec 09:00 Shanghai (01:00Z).
      'Rome plan, person in Shanghai',
      { expiresAt: '2026-12-02T22:59:00.000Z' },
      { reminderLeadTimes: [{ daysBefore: 1 }, 'atExpiry'] },
      'Asia/Shanghai',
      [
        ['expiry|2026-12-02T22:59:00.000Z|1d', '2026-12-01T01:00:00.000Z'],
        ['expiry|2026-12-02T22:59:00.000Z|at', '2026-12-02T22:59:00.000Z'],
      ],
    ],
    [
      'the default set, person in Rome',
      {},
      {},
      'Europe/Rome',
      [
        ['expiry|2026-12-02T12:00:00.000Z|7d', '2026-11-25T08:00:00.000Z'],
        ['expiry|2026-12-02T12:00:00.000Z|3d', '2026-11-29T08:00:00.000Z'],
        ['expiry|2026-12-02T12:00:00.000Z|1d', '2026-12-01T08:00:00.000Z'],
        ['expiry|2026-12-02T12:00:00.000Z|at', '2026-12-02T12:00:00.000Z'],
      ],
    ],
    [
      // Rome springs forward on Sun 29 Mar 2026 (02:00 CET → 03:00 CEST): 1 day before a
      // 30 Mar expiry is 29 Mar 09:00 CEST (07:00Z); 2 days is 28 Mar 09:00 CET (08:00Z).
      'Rome, across the spring change: calendar days, not 24 h',
      { expiresAt: '2026-03-30T10:00:00.000Z' },
      { reminderLeadTimes: [{ daysBefore: 2 }, { daysBefore: 1 }] },
      'Europe/Rome',
      [
        ['expiry|2026-03-30T10:00:00.000Z|2d', '2026-03-28T08:00:00.000Z'],
        ['expiry|2026-03-30T10:00:00.000Z|1d', '2026-03-29T07:00:00.000Z'],
      ],
    ],
    [
      // A reminder time of 02:30 does not exist on 29 Mar in Rome: it fires when the clocks
      // jump (03:00 CEST = 01:00Z), neither skipped nor moved to 03:30.
      'Rome, reminder time in the spring gap',
      { expiresAt: '2026-03-30T10:00:00.000Z' },
      { ...oneDay, reminderTime: '02:30' },
      'Europe/Rome',
      [['expiry|2026-03-30T10:00:00.000Z|1d', '2026-03-29T01:00:00.000Z']],
    ],
    [
      // 25 Oct 2026 02:30 happens twice in Rome (CEST, then CET): it fires once, the earlier.
      'Rome, reminder time in the autumn overlap',
      { expiresAt: '2026-10-26T09:00:00.000Z' },
      { ...oneDay, reminderTime: '02:30' },
      'Europe/Rome',
      [['expiry|2026-10-26T09:00:00.000Z|1d', '2026-10-25T00:30:00.000Z']],
    ],
    [
      // A date-only expiry on the day the clocks change: the end of 29 Mar is 23:59:59.999
      // CEST; the reminders before it are on CET days.
      'Rome, a date-only expiry on the spring change day',
      { expiresAt: endOfLocalDay('2026-03-29', 'Europe/Rome'), expiryPrecision: 'day' },
      { reminderLeadTimes: [{ daysBefore: 7 }, { daysBefore: 1 }, 'atExpiry'] },
      'Europe/Rome',
      [
        ['expiry|2026-03-29T21:59:59.999Z|7d', '2026-03-22T08:00:00.000Z'],
        ['expiry|2026-03-29T21:59:59.999Z|1d', '2026-03-28T08:00:00.000Z'],
        ['expiry|2026-03-29T21:59:59.999Z|at', '2026-03-29T21:59:59.999Z'],
      ],
    ],
    [
      // 25 Oct is a 25-hour day; the reminder the day before is on CEST (09:00 = 07:00Z).
      'Rome, a date-only expiry on the autumn change day',
      { expiresAt: endOfLocalDay('2026-10-25', 'Europe/Rome'), expiryPrecision: 'day' },
      { reminderLeadTimes: [{ daysBefore: 1 }, 'atExpiry'] },
      'Europe/Rome',
      [
        ['expiry|2026-10-25T22:59:59.999Z|1d', '2026-10-24T07:00:00.000Z'],
        ['expiry|2026-10-25T22:59:59.999Z|at', '2026-10-25T22:59:59.999Z'],
      ],
    ],
    [
      // Azercell, date only: the end of 2 Dec in Baku (UTC+4, no DST) is 19:59:59.999Z.
      'Baku plan, person in Baku',
      { expiresAt: endOfLocalDay('2026-12-02', 'Asia/Baku'), expiryPrecision: 'day', timeZone: 'Asia/Baku', carrierId: 'azercell' },
      { reminderLeadTimes: [{ daysBefore: 3 }] },
      'Asia/Baku',
      [['expiry|2026-12-02T19:59:59.999Z|3d', '2026-11-29T05:00:00.000Z']],
    ],
    [
      'Baku plan, person back in Rome',
      { expiresAt: endOfLocalDay('2026-12-02', 'Asia/Baku'), expiryPrecision: 'day', timeZone: 'Asia/Baku', carrierId: 'azercell' },
      { reminderLeadTimes: [{ daysBefore: 3 }] },
      'Europe/Rome',
      [['expiry|2026-12-02T19:59:59.999Z|3d', '2026-11-29T08:00:00.000Z']],
    ],
    [
      // New York springs forward on 8 Mar 2026 at 02:00: 02:30 fires at 03:00 EDT (07:00Z).
      'New York, reminder time in the spring gap',
      { expiresAt: '2026-03-09T11:00:00.000Z' },
      { ...oneDay, reminderTime: '02:30' },
      'America/New_York',
      [['expiry|2026-03-09T11:00:00.000Z|1d', '2026-03-08T07:00:00.000Z']],
    ],
    [
      // …and falls back on 1 Nov 2026: 01:30 happens twice; the earlier is EDT (05:30Z).
      'New York, reminder time in the autumn overlap',
      { expiresAt: '2026-11-02T11:00:00.000Z' },
      { ...oneDay, reminderTime: '01:30' },
      'America/New_York',
      [['expiry|2026-11-02T11:00:00.000Z|1d', '2026-11-01T05:30:00.000Z']],
    ],
    [
      // 00:30 on 2 Dec in Rome is 18:30 on 1 Dec in New York. "1 day before" at 21:00 New York
      // would be after the expiry itself: dropped; 2 days before still fires.
      'a "before" reminder that would come after its deadline is dropped',
      { expiresAt: '2026-12-01T23:30:00.000Z' },
      { reminderLeadTimes: [{ daysBefore: 2 }, { daysBefore: 1 }], reminderTime: '21:00' },
      'America/New_York',
      [['expiry|2026-12-01T23:30:00.000Z|2d', '2026-12-01T02:00:00.000Z']],
    ],
    [
      'the same lead twice gives one reminder',
      {},
      { reminderLeadTimes: [{ daysBefore: 1 }, { daysBefore: 1 }, 'atExpiry', 'atExpiry'] },
      'Europe/Rome',
      [
        ['expiry|2026-12-02T12:00:00.000Z|1d', '2026-12-01T08:00:00.000Z'],
        ['expiry|2026-12-02T12:00:00.000Z|at', '2026-12-02T12:00:00.000Z'],
      ],
    ],
  ])('%s', (_name, plan, settings, zone, expected) => {
    expect(times(plan, settings, zone)).toEqual(expected);
  });
});

describe('which reminders a plan gets', () => {
  const numberKeptUntil = endOfLocalDay('2027-03-03', 'Europe/Rome'); // 2027-03-03T22:59:59.999Z
  const daysAfterValidity: Dormancy = { rule: 'daysAfterValidity', days: 30, source: 'unverified' };

  it.each<[string, Partial<Plan>, Partial<Settings>, { now?: string; dormancy?: Dormancy; zone?: string }, [string, string][]]>([
    [
      'auto-renewing: one reminder the day before, whatever the lead times and after-expiry say',
      { autoRenew: true },
      { afterExpiryReminders: true },
      { now: '2026-12-10T00:00:00.000Z' },
      [['expiry|2026-12-02T12:00:00.000Z|auto', '2026-12-01T08:00:00.000Z']],
    ],
    ['archived: none', { archived: true, numberKeptUntil }, { afterExpiryReminders: true }, {}, []],
    ['"let it expire": no expiry reminders', { silencedExpiresAt: '2026-12-02T12:00:00.000Z' }, { afterExpiryReminders: true }, {}, []],
    [
      '"let it expire" keeps the number-kept reminders (losing the number is worse)',
      { silencedExpiresAt: '2026-12-02T12:00:00.000Z', autoRenew: true, numberKeptUntil },
      {},
      {},
      [
        ['kept|2027-03-03T22:59:59.999Z|30d', '2027-02-01T08:00:00.000Z'],
        ['kept|2027-03-03T22:59:59.999Z|7d', '2027-02-24T08:00:00.000Z'],
      ],
    ],
    [
      'a silenced older expiry does not silence the renewed one',
      { silencedExpiresAt: '2026-11-02T12:00:00.000Z' },
      oneDay,
      {},
      [['expiry|2026-12-02T12:00:00.000Z|1d', '2026-12-01T08:00:00.000Z']],
    ],
    [
      // TIM-like rule: the number lives 30 days past validity, 13:00 Rome on 1 Jan 2027.
      'number kept by the carrier’s dormancy rule',
      {},
      { reminderLeadTimes: [] },
      { dormancy: daysAfterValidity },
      [
        ['kept|2027-01-01T12:00:00.000Z|30d', '2026-12-02T08:00:00.000Z'],
        ['kept|2027-01-01T12:00:00.000Z|7d', '2026-12-25T08:00:00.000Z'],
      ],
    ],
    [
      'the date the person entered wins over the rule',
      { numberKeptUntil },
      { reminderLeadTimes: [], numberKeptLeadDays: [7] },
      { dormancy: daysAfterValidity },
      [['kept|2027-03-03T22:59:59.999Z|7d', '2027-02-24T08:00:00.000Z']],
    ],
    [
      // Expired 2 Dec; on 5 Dec 11:00 Rome: yesterday's, today's and tomorrow's, no history.
      'after expiry: daily from yesterday up to the next one ahead',
      {},
      { reminderLeadTimes: [], afterExpiryReminders: true },
      { now: '2026-12-05T10:00:00.000Z' },
      [
        ['expired|2026-12-02T12:00:00.000Z|2026-12-04', '2026-12-04T08:00:00.000Z'],
        ['expired|2026-12-02T12:00:00.000Z|2026-12-05', '2026-12-05T08:00:00.000Z'],
        ['expired|2026-12-02T12:00:00.000Z|2026-12-06', '2026-12-06T08:00:00.000Z'],
      ],
    ],
    [
      'after expiry, before the expiry: only the first, the day after',
      {},
      { reminderLeadTimes: [], afterExpiryReminders: true },
      { now: '2026-11-20T00:00:00.000Z' },
      [['expired|2026-12-02T12:00:00.000Z|2026-12-03', '2026-12-03T08:00:00.000Z']],
    ],
    [
      // 2 Dec 13:00 Rome is 2 Dec 20:00 Shanghai: the first is 3 Dec 09:00 Shanghai.
      'after expiry, dated in the person’s zone',
      {},
      { reminderLeadTimes: [], afterExpiryReminders: true, reminderTime: '09:00' },
      { now: '2026-12-02T13:00:00.000Z', zone: 'Asia/Shanghai' },
      [['expired|2026-12-02T12:00:00.000Z|2026-12-03', '2026-12-03T01:00:00.000Z']],
    ],
  ])('%s', (_name, plan, settings, options, expected) => {
    expect(times(plan, settings, options.zone ?? 'Europe/Rome', options)).toEqual(expected);
  });

  it('quiet hours move a reminder to their end: "at expiry" 23:59 Rome waits for 08:00', () => {
    const quietHours = { enabled: true, start: '22:00', end: '08:00' };
    expect(times({ expiresAt: '2026-12-02T22:59:00.000Z' }, { reminderLeadTimes: [{ daysBefore: 1 }, 'atExpiry'], reminderTime: '07:00', quietHours }, 'Europe/Rome')).toEqual([
      ['expiry|2026-12-02T22:59:00.000Z|1d', '2026-12-01T07:00:00.000Z'],
      ['expiry|2026-12-02T22:59:00.000Z|at', '2026-12-03T07:00:00.000Z'],
    ]);
  });
});
