import { describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import { aPlan } from '../../tests/support/plans';
import { KeeperDatabase, SETTINGS_KEY } from '../db/database';
import { catalogSource } from '../i18n/catalog-source';
import { createI18n } from '../i18n/i18n';
import { DEFAULT_SETTINGS } from '../plans/settings';
import type { Reminder, Schedule, ScheduleInput } from '../reminders/reminder';
import { NEXT_ALARM, renewalPageOf, runReminders, SAFETY_ALARM, snoozeReminder, type ReminderDeps } from './reminders';

const NOW = new Date('2026-11-30T08:00:00.000Z');
const reminder = (key: string, planId = 'plan-rome'): Reminder => ({
  key,
  planId,
  kind: 'beforeExpiry',
  fireAt: '2026-11-30T08:00:00.000Z',
  deadline: '2026-12-02T12:00:00.000Z',
  daysBefore: 3,
});

/** The background glue with a scheduler that answers what the test says. */
function setUp(answer: (input: ScheduleInput) => Schedule) {
  const db = new KeeperDatabase(`reminders-test-${Math.random()}`);
  const schedule = vi.fn(answer);
  const deps: ReminderDeps = {
    browser: fakeBrowser as unknown as WxtBrowser,
    db,
    i18nFor: async () => createI18n(catalogSource(en)),
    schedule,
    badge: () => ({ text: '2d', color: '#b45309', nextChangeAt: '2026-12-01T12:00:00.000Z' }),
    content: (r) => ({ title: `title ${r.key}`, message: 'message', buttons: [{ title: 'Renew now' }, { title: 'Remind me tomorrow' }] }),
    clock: () => NOW,
    userTimeZone: () => 'Europe/Rome',
    notificationButtons: true,
  };
  return { db, deps, schedule };
}

describe('runReminders', () => {
  it('claims, shows and logs a due reminder, then sets the alarm and the badge', async () => {
    const { db, deps } = setUp(() => ({ due: [reminder('a|expiry|x|3d')], superseded: [], nextWakeAt: '2026-12-01T08:00:00.000Z' }));
    await db.plans.put(aPlan());
    const outcome = await runReminders(deps);
    expect(outcome.shown).toEqual(['a|expiry|x|3d']);
    expect(fakeBrowser.notifications.getAllCreateOptions()['a|expiry|x|3d']).toMatchObject({
      title: 'title a|expiry|x|3d',
      buttons: [{ title: 'Renew now' }, { title: 'Remind me tomorrow' }],
    });
    expect(await db.reminderLog.get('a|expiry|x|3d')).toMatchObject({ claimedAt: NOW.toISOString(), shownAt: NOW.toISOString() });
    // The alarm goes to whichever comes first: the next reminder or the badge's next change.
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(Date.parse('2026-12-01T08:00:00.000Z'));
    expect((await fakeBrowser.alarms.get(SAFETY_ALARM))?.periodInMinutes).toBe(30);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2d');
  });

  it('never shows a reminder twice, however often it runs', async () => {
    const { db, deps } = setUp(() => ({ due: [reminder('a|expiry|x|3d')], superseded: [] }));
    await db.plans.put(aPlan());
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await Promise.all([runReminders(deps), runReminders(deps)]);
    await runReminders(deps);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await db.reminderLog.count()).toBe(1);
  });

  it('shows again a claim a stopped worker left unshown, under the same id', async () => {
    const { db, deps } = setUp(() => ({ due: [], superseded: [] }));
    await db.plans.put(aPlan());
    await db.reminderLog.put({ key: 'k', planId: 'plan-rome', fireAt: NOW.toISOString(), claimedAt: NOW.toISOString(), reminder: reminder('k') });
    const outcome = await runReminders(deps);
    expect(outcome.shown).toEqual(['k']);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['k']);
    expect((await db.reminderLog.get('k'))?.shownAt).toBe(NOW.toISOString());
  });

  it('logs superseded reminders without showing them', async () => {
    const { db, deps } = setUp(() => ({
      due: [reminder('a|at')],
      superseded: [{ reminder: reminder('a|7d'), by: 'a|at' }],
    }));
    await db.plans.put(aPlan());
    await runReminders(deps);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['a|at']);
    expect(await db.reminderLog.get('a|7d')).toMatchObject({ supersededBy: 'a|at' });
  });

  it('gives Firefox no buttons', async () => {
    const { db, deps } = setUp(() => ({ due: [reminder('k')], superseded: [] }));
    await db.plans.put(aPlan());
    await runReminders({ ...deps, notificationButtons: false });
    expect(fakeBrowser.notifications.getAllCreateOptions()['k']).not.toHaveProperty('buttons');
  });

  it('passes the scheduler the plans, settings, log, clock and the person’s zone', async () => {
    const { db, deps, schedule } = setUp(() => ({ due: [], superseded: [] }));
    await db.plans.put(aPlan());
    await runReminders(deps);
    expect(schedule).toHaveBeenCalledWith(
      expect.objectContaining({ plans: [aPlan()], settings: DEFAULT_SETTINGS, log: [], now: NOW, userTimeZone: 'Europe/Rome' }),
    );
    expect(schedule.mock.calls[0]![0].dormancyOf!(aPlan())).toMatchObject({ rule: 'monthsAfterLastTopUp' });
  });

  it('writes notifications and the tooltip in the language chosen in settings', async () => {
    const { db, deps } = setUp(() => ({ due: [reminder('k')], superseded: [] }));
    await db.plans.put(aPlan());
    await db.settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, language: 'it' } });
    const italian = createI18n(catalogSource(it_));
    const i18nFor = vi.fn(async () => italian);
    const content = vi.fn(deps.content);
    const outcome = await runReminders({ ...deps, i18nFor, content });
    expect(i18nFor).toHaveBeenCalledWith('it');
    expect(content.mock.calls[0]![2]).toBe(italian);
    expect(outcome.toolbarTitle).toBe('eSIM Keeper — 1 piano');
    expect(await fakeBrowser.action.getTitle({})).toBe('eSIM Keeper — 1 piano');
  });
});

describe('renewalPageOf and snoozeReminder', () => {
  it('finds the renewal page of the plan a notification is about', async () => {
    const { db } = setUp(() => ({ due: [], superseded: [] }));
    await db.plans.put(aPlan());
    await db.reminderLog.put({ key: 'k', planId: 'plan-rome', fireAt: NOW.toISOString(), claimedAt: NOW.toISOString() });
    expect(await renewalPageOf(db, 'k')).toBe('https://www.tim.it/ricarica');
    expect(await renewalPageOf(db, 'unknown')).toBeUndefined();
  });

  it('snoozes to tomorrow at the reminder time, in the person’s zone', async () => {
    const { db } = setUp(() => ({ due: [], superseded: [] }));
    await db.reminderLog.put({ key: 'k', planId: 'plan-rome', fireAt: NOW.toISOString(), claimedAt: NOW.toISOString() });
    // 08:00Z on 30 Nov is 16:00 in Shanghai; tomorrow 09:00 there is 01:00Z on 1 Dec.
    expect(await snoozeReminder(db, 'k', DEFAULT_SETTINGS, NOW, 'Asia/Shanghai')).toBe('2026-12-01T01:00:00.000Z');
    expect((await db.reminderLog.get('k'))?.snoozedUntil).toBe('2026-12-01T01:00:00.000Z');
    expect(await snoozeReminder(db, 'missing', DEFAULT_SETTINGS, NOW, 'Asia/Shanghai')).toBeUndefined();
  });
});
