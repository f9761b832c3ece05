import { describe, expect, it } from 'vitest';
import type { Plan } from '../plans/plan';
import { DEFAULT_SETTINGS, type Settings } from '../plans/settings';
import { aPlan } from '../../tests/support/plans';
import type { ReminderLogEntry, Schedule } from './reminder';
import { schedule } from './schedule';

// aPlan(): expires 2026-12-02T12:00Z (13:00 Rome). With the defaults (7, 3, 1 days before
// at 09:00, and at expiry) in Rome (UTC+1) its reminders are:
const EXPIRY = '2026-12-02T12:00:00.000Z';
const K7 = `plan-rome|expiry|${EXPIRY}|7d`; // 2026-11-25T08:00Z
const K3 = `plan-rome|expiry|${EXPIRY}|3d`; // 2026-11-29T08:00Z
const K1 = `plan-rome|expiry|${EXPIRY}|1d`; // 2026-12-01T08:00Z
const KAT = `plan-rome|expiry|${EXPIRY}|at`; // 2026-12-02T12:00Z

interface Case {
  plans?: Plan[];
  settings?: Partial<Settings>;
  log?: ReminderLogEntry[];
  now: string;
  zone?: string;
}

function run({ plans = [aPlan()], settings = {}, log = [], now, zone = 'Europe/Rome' }: Case): Schedule {
  return schedule({ plans, settings: { ...DEFAULT_SETTINGS, ...settings }, log, now: new Date(now), userTimeZone: zone });
}

/** The schedule in brief: due keys, superseded `key>by`, next wake-up. */
function brief(result: Schedule) {
  return {
    due: result.due.map((reminder) => reminder.key),
    superseded: result.superseded.map(({ reminder, by }) => `${reminder.key} > ${by}`),
    next: result.nextWakeAt,
  };
}

const shown = (key: string, at: string, extra: Partial<ReminderLogEntry> = {}): ReminderLogEntry => ({
  key,
  planId: key.split('|')[0]!,
  fireAt: at,
  claimedAt: at,
  shownAt: at,
  ...extra,
});

describe('schedule: due now and the next wake-up', () => {
  it.each<[string, Case, ReturnType<typeof brief>]>([
    ['nothing due yet: wake at the 7-day one', { now: '2026-11-20T00:00:00.000Z' }, { due: [], superseded: [], next: '2026-11-25T08:00:00.000Z' }],
    ['exactly at its time', { now: '2026-11-25T08:00:00.000Z' }, { due: [K7], superseded: [], next: '2026-11-29T08:00:00.000Z' }],
    ['a millisecond early', { now: '2026-11-25T07:59:59.999Z' }, { due: [], superseded: [], next: '2026-11-25T08:00:00.000Z' }],
    [
      'already in the log (shown): not again',
      { now: '2026-11-25T09:00:00.000Z', log: [shown(K7, '2026-11-25T08:00:00.000Z')] },
      { due: [], superseded: [], next: '2026-11-29T08:00:00.000Z' },
    ],
    [
      'claimed but not shown yet: the background re-shows it, the scheduler does not',
      { now: '2026-11-25T09:00:00.000Z', log: [{ ...shown(K7, '2026-11-25T08:00:00.000Z'), shownAt: undefined }] },
      { due: [], superseded: [], next: '2026-11-29T08:00:00.000Z' },
    ],
    [
      'superseded counts as sent',
      { now: '2026-11-26T09:00:00.000Z', log: [shown(K7, '2026-11-25T08:00:00.000Z', { shownAt: undefined, supersededBy: K3 })] },
      { due: [], superseded: [], next: '2026-11-29T08:00:00.000Z' },
    ],
    [
      // The browser was closed from 20 Nov to 1 Dec 10:00: three reminders fell due; one
      // notification, the most urgent (1 day before), the others superseded by it.
      'catch-up after a closed week: one per plan, the most urgent',
      { now: '2026-12-01T10:00:00.000Z' },
      { due: [K1], superseded: [`${K7} > ${K1}`, `${K3} > ${K1}`], next: EXPIRY },
    ],
    [
      'catch-up after expiry with daily reminders: the latest daily one wins',
      { now: '2026-12-10T10:00:00.000Z', settings: { afterExpiryReminders: true } },
      {
        due: [`plan-rome|expired|${EXPIRY}|2026-12-10`],
        superseded: [K7, K3, K1, KAT, `plan-rome|expired|${EXPIRY}|2026-12-09`].map((key) => `${key} > plan-rome|expired|${EXPIRY}|2026-12-10`),
        next: '2026-12-11T08:00:00.000Z',
      },
    ],
    [
      // Ties go by kind: "1 day before" the expiry beats "7 days before" the number-kept
      // deadline (8 Dec), both 1 Dec 09:00.
      'a tie is broken by kind',
      {
        now: '2026-12-01T08:00:00.000Z',
        plans: [aPlan({ numberKeptUntil: '2026-12-08T12:00:00.000Z', updatedAt: '2026-11-30T00:00:00.000Z' })],
        settings: { numberKeptLeadDays: [7] },
      },
      { due: [K1], superseded: [`plan-rome|kept|2026-12-08T12:00:00.000Z|7d > ${K1}`], next: EXPIRY },
    ],
    ['archived: nothing', { now: '2026-12-01T10:00:00.000Z', plans: [aPlan({ archived: true })] }, { due: [], superseded: [], next: undefined }],
    [
      '"let it expire": nothing about the expiry, the number-kept ones still run',
      {
        now: '2026-11-20T00:00:00.000Z',
        plans: [aPlan({ silencedExpiresAt: EXPIRY, numberKeptUntil: '2027-01-01T12:00:00.000Z' })],
        settings: { afterExpiryReminders: true },
      },
      { due: [], superseded: [], next: '2026-12-02T08:00:00.000Z' },
    ],
    [
      'auto-renew: only the day before',
      { now: '2026-12-01T08:00:00.000Z', plans: [aPlan({ autoRenew: true })] },
      { due: [`plan-rome|expiry|${EXPIRY}|auto`], superseded: [], next: undefined },
    ],
    [
      'after everything: nothing ahead',
      { now: '2026-12-03T00:00:00.000Z', log: [K7, K3, K1, KAT].map((key) => shown(key, '2026-12-01T00:00:00.000Z')) },
      { due: [], superseded: [], next: undefined },
    ],
  ])('%s', (_name, input, expected) => {
    expect(brief(run(input))).toEqual(expected);
  });

  it('gives the reminder itself: kind, deadline, lead, time', () => {
    expect(run({ now: '2026-11-29T08:00:00.000Z', log: [shown(K7, '2026-11-25T08:00:00.000Z')] }).due).toEqual([
      { key: K3, planId: 'plan-rome', kind: 'beforeExpiry', fireAt: '2026-11-29T08:00:00.000Z', deadline: EXPIRY, daysBefore: 3 },
    ]);
  });

  it('lists due reminders oldest plan first', () => {
    const plans = [
      aPlan({ id: 'newer', createdAt: '2026-11-02T00:00:00.000Z' }),
      aPlan({ id: 'older', createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z' }),
    ];
    expect(run({ plans, now: '2026-11-25T08:00:00.000Z' }).due.map((reminder) => reminder.planId)).toEqual(['older', 'newer']);
  });
});

describe('armed since the last change', () => {
  // Added on 28 Nov 11:00 Rome: the 7-day reminder (25 Nov) had passed while the person was
  // looking at the plan. It is never sent; the 3-day one is.
  it.each<[string, string, string, ReturnType<typeof brief>]>([
    ['right after adding', '2026-11-28T10:00:00.000Z', '2026-11-28T10:05:00.000Z', { due: [], superseded: [], next: '2026-11-29T08:00:00.000Z' }],
    ['when the next falls due', '2026-11-28T10:00:00.000Z', '2026-11-29T08:00:00.000Z', { due: [K3], superseded: [], next: '2026-12-01T08:00:00.000Z' }],
    // Only reminders after the change can supersede: the 7-day one is not even listed.
    ['browser closed after adding', '2026-11-28T10:00:00.000Z', '2026-12-01T09:00:00.000Z', { due: [K1], superseded: [`${K3} > ${K1}`], next: EXPIRY }],
    ['a reminder at the very instant of the edit is not armed', '2026-11-29T08:00:00.000Z', '2026-11-29T09:00:00.000Z', { due: [], superseded: [], next: '2026-12-01T08:00:00.000Z' }],
    ['edited after everything passed', '2026-12-05T00:00:00.000Z', '2026-12-05T01:00:00.000Z', { due: [], superseded: [], next: undefined }],
  ])('%s', (_name, updatedAt, now, expected) => {
    expect(brief(run({ plans: [aPlan({ updatedAt })], now }))).toEqual(expected);
  });
});

describe('snooze ("remind me tomorrow")', () => {
  const snoozed = shown(K3, '2026-11-29T08:00:00.000Z', { snoozedUntil: '2026-11-30T08:00:00.000Z' });
  const again = `${K3}|snooze|2026-11-30T08:00:00.000Z`;

  it.each<[string, Case, ReturnType<typeof brief>]>([
    ['waits for its time', { now: '2026-11-29T09:00:00.000Z', log: [shown(K7, 'x'), snoozed] }, { due: [], superseded: [], next: '2026-11-30T08:00:00.000Z' }],
    ['comes back then', { now: '2026-11-30T08:00:00.000Z', log: [shown(K7, 'x'), snoozed] }, { due: [again], superseded: [], next: '2026-12-01T08:00:00.000Z' }],
    [
      'comes back once',
      { now: '2026-11-30T09:00:00.000Z', log: [shown(K7, 'x'), snoozed, shown(again, '2026-11-30T08:00:00.000Z')] },
      { due: [], superseded: [], next: '2026-12-01T08:00:00.000Z' },
    ],
    [
      'waits for the end of quiet hours',
      { now: '2026-11-30T08:00:00.000Z', log: [shown(K7, 'x'), snoozed], settings: { quietHours: { enabled: true, start: '08:00', end: '10:00' } } },
      { due: [], superseded: [], next: '2026-11-30T09:00:00.000Z' },
    ],
    [
      'a snooze of a renewed expiry is dropped',
      {
        now: '2026-11-30T08:00:00.000Z',
        plans: [aPlan({ expiresAt: '2026-12-30T12:00:00.000Z', updatedAt: '2026-11-29T10:00:00.000Z' })],
        log: [snoozed],
      },
      { due: [], superseded: [], next: '2026-12-23T08:00:00.000Z' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(brief(run(input))).toEqual(expected);
  });

  it('is a reminder like the one snoozed', () => {
    expect(run({ now: '2026-11-30T08:00:00.000Z', log: [shown(K7, 'x'), snoozed] }).due).toEqual([
      { key: again, planId: 'plan-rome', kind: 'beforeExpiry', fireAt: '2026-11-30T08:00:00.000Z', deadline: EXPIRY, daysBefore: 3 },
    ]);
  });
});

describe('the log decides, not the clock', () => {
  const log = [shown(K7, 'x'), shown(K3, 'x'), shown(K1, '2026-12-01T08:00:00.000Z')];

  it.each<[string, Case, ReturnType<typeof brief>]>([
    // Sent at 1 Dec 09:00; the clock is set back to 30 Nov: nothing again, wake at expiry.
    ['the clock set back a day', { now: '2026-11-30T08:00:00.000Z', log }, { due: [], superseded: [], next: EXPIRY }],
    ['and forward again', { now: '2026-12-01T12:00:00.000Z', log }, { due: [], superseded: [], next: EXPIRY }],
  ])('%s', (_name, input, expected) => {
    expect(brief(run(input))).toEqual(expected);
  });
});

describe('travel: the zone changes what is ahead, not what was sent', () => {
  // Expires 2 Dec 23:59 Rome. The 3-day one was sent in Rome (29 Nov 09:00 Rome).
  const expiresAt = '2026-12-02T22:59:00.000Z';
  const plans = [aPlan({ expiresAt })];
  const log = [shown(`plan-rome|expiry|${expiresAt}|7d`, 'x'), shown(`plan-rome|expiry|${expiresAt}|3d`, '2026-11-29T08:00:00.000Z')];

  it.each<[string, string, string, ReturnType<typeof brief>]>([
    ['still in Rome', 'Europe/Rome', '2026-11-30T12:00:00.000Z', { due: [], superseded: [], next: '2026-12-01T08:00:00.000Z' }],
    // Flown to Shanghai: 1 Dec 09:00 there is 01:00Z, seven hours sooner.
    ['flown east to Shanghai', 'Asia/Shanghai', '2026-11-30T12:00:00.000Z', { due: [], superseded: [], next: '2026-12-01T01:00:00.000Z' }],
    ['flown west to New York', 'America/New_York', '2026-11-30T12:00:00.000Z', { due: [], superseded: [], next: '2026-12-01T14:00:00.000Z' }],
    // Landing in Baku at 1 Dec 06:00Z (10:00 there): 09:00 Baku has passed, so it is due now.
    ['landed in Baku after its time there', 'Asia/Baku', '2026-12-01T06:00:00.000Z', { due: [`plan-rome|expiry|${expiresAt}|1d`], superseded: [], next: expiresAt }],
  ])('%s', (_name, zone, now, expected) => {
    expect(brief(run({ plans, log, now, zone }))).toEqual(expected);
  });

  it('a daily after-expiry reminder is not repeated when its date comes round again further west', () => {
    const settings = { reminderLeadTimes: [], afterExpiryReminders: true };
    const day3 = `plan-rome|expired|${expiresAt}|2026-12-03`;
    // Sent in Shanghai on 3 Dec 09:00 (01:00Z); in New York on 3 Dec it is still "3 Dec".
    const result = run({ plans, settings, log: [shown(day3, '2026-12-03T01:00:00.000Z')], now: '2026-12-03T15:00:00.000Z', zone: 'America/New_York' });
    expect(brief(result)).toEqual({ due: [], superseded: [], next: '2026-12-04T14:00:00.000Z' });
  });
});
