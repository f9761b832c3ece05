import type { WxtBrowser as Browser } from 'wxt/browser';
import { carrierById } from '../carriers/registry';
import type { KeeperDatabase } from '../db/database';
import { readSettings } from '../db/settings';
import type { I18n } from '../i18n/i18n';
import type { LanguageChoice } from '../i18n/languages';
import { renewalUrlOf } from '../plans/carrier-defaults';
import type { Plan } from '../plans/plan';
import type { Settings } from '../plans/settings';
import type { Reminder, ReminderLogEntry, Schedule, ScheduleInput } from '../reminders/reminder';
import { dayAt, hourAndMinute, instantAtDay } from '../reminders/zone-clock';
import type { badgeFor } from './badge';
import type { notificationContent } from './notification-content';
import { toolbarButton, toolbarTitle } from './toolbar';

/** The one alarm at the next thing due (a reminder, or the badge changing). */
export const NEXT_ALARM = 'esk-next';
/** A periodic safety net: an alarm lost by a browser restart or a sleeping machine. */
export const SAFETY_ALARM = 'esk-safety';
export const SAFETY_PERIOD_MINUTES = 30;

export interface ReminderDeps {
  browser: Browser;
  db: KeeperDatabase;
  /** The messages for settings.language, read on every run: the person may change it. */
  i18nFor: (language: LanguageChoice) => Promise<I18n>;
  schedule: (input: ScheduleInput) => Schedule;
  badge: typeof badgeFor;
  content: typeof notificationContent;
  clock: () => Date;
  /** The person's zone now: they travel, so it is read on every run. */
  userTimeZone: () => string;
  /** Firefox shows no notification buttons: the click does the main action there. */
  notificationButtons: boolean;
}

export interface RunOutcome {
  shown: string[];
  superseded: string[];
  nextAlarmAt?: string;
  badge: string;
  /** The toolbar tooltip, in the person's language. */
  toolbarTitle: string;
}

/**
 * Brings reminders, the alarm, the badge and the tooltip up to date. Safe to run at any moment and
 * any number of times (every wake, alarm, change): what was shown is in the log, and a
 * reminder is claimed in an IndexedDB transaction before its notification is created, so
 * it is shown exactly once. A claim whose notification was not confirmed (the worker was
 * stopped in between) is shown again: creating a notification with the same id replaces
 * it, so that cannot duplicate either.
 */
export async function runReminders(deps: ReminderDeps): Promise<RunOutcome> {
  const { db } = deps;
  const now = deps.clock();
  const userTimeZone = deps.userTimeZone();
  const [plans, settings, log] = await Promise.all([db.plans.toArray(), readSettings(db), db.reminderLog.toArray()]);
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));
  const i18n = await deps.i18nFor(settings.language);

  const schedule = deps.schedule({
    plans,
    settings,
    log,
    now,
    userTimeZone,
    dormancyOf: (plan) => carrierById(plan.carrierId)?.dormancy,
  });

  const claimedAt = now.toISOString();
  const claimed = await db.transaction('rw', db.reminderLog, async () => {
    const mine: Reminder[] = [];
    for (const reminder of schedule.due) {
      // Inside the transaction: a second run racing this one finds the claim and stops.
      if (await db.reminderLog.get(reminder.key)) continue;
      await db.reminderLog.add({ key: reminder.key, planId: reminder.planId, fireAt: reminder.fireAt, claimedAt, reminder });
      mine.push(reminder);
    }
    for (const { reminder, by } of schedule.superseded) {
      if (await db.reminderLog.get(reminder.key)) continue;
      await db.reminderLog.add({ key: reminder.key, planId: reminder.planId, fireAt: reminder.fireAt, claimedAt, supersededBy: by });
    }
    return mine;
  });

  // Claims left unshown by an earlier run that was stopped, then the new ones.
  const unshown = log.filter((entry) => !entry.shownAt && !entry.supersededBy && entry.reminder).map((entry) => entry.reminder!);
  const shown: string[] = [];
  for (const reminder of [...unshown, ...claimed]) {
    const plan = plansById.get(reminder.planId);
    if (plan && !plan.archived) await showNotification(deps, i18n, reminder, plan, userTimeZone, now);
    await db.reminderLog.update(reminder.key, { shownAt: deps.clock().toISOString() });
    shown.push(reminder.key);
  }

  const badge = deps.badge(plans, now, userTimeZone);
  const button = toolbarButton(deps.browser);
  await button.setBadgeText({ text: badge.text });
  await button.setBadgeBackgroundColor({ color: badge.color });
  const title = toolbarTitle(i18n, plans.filter((plan) => !plan.archived).length);
  await button.setTitle({ title });

  const next = [schedule.nextWakeAt, badge.nextChangeAt].filter((at): at is string => at !== undefined).sort()[0];
  if (next) await deps.browser.alarms.create(NEXT_ALARM, { when: Math.max(Date.parse(next), now.getTime() + 1000) });
  else await deps.browser.alarms.clear(NEXT_ALARM);
  if (!(await deps.browser.alarms.get(SAFETY_ALARM))) {
    await deps.browser.alarms.create(SAFETY_ALARM, { periodInMinutes: SAFETY_PERIOD_MINUTES });
  }

  return {
    shown,
    superseded: schedule.superseded.map(({ reminder }) => reminder.key),
    ...(next ? { nextAlarmAt: next } : {}),
    badge: badge.text,
    toolbarTitle: title,
  };
}

async function showNotification(deps: ReminderDeps, i18n: I18n, reminder: Reminder, plan: Plan, userTimeZone: string, now: Date) {
  const content = deps.content(reminder, plan, i18n, userTimeZone, now);
  await deps.browser.notifications.create(reminder.key, {
    type: 'basic',
    iconUrl: deps.browser.runtime.getURL('/icon/128.png'),
    title: content.title,
    message: content.message,
    ...(deps.notificationButtons && content.buttons.length > 0 ? { buttons: content.buttons } : {}),
  });
}

/** The renewal page of the plan a notification is about, or undefined. */
export async function renewalPageOf(db: KeeperDatabase, notificationId: string): Promise<string | undefined> {
  const entry = await db.reminderLog.get(notificationId);
  const plan = entry ? await db.plans.get(entry.planId) : undefined;
  return plan ? renewalUrlOf(plan, carrierById(plan.carrierId)) : undefined;
}

/**
 * "Remind me tomorrow": the reminder comes back on the next calendar day at the person's
 * reminder time (their zone), as a new reminder keyed `<key>|snooze|<until>`.
 */
export async function snoozeReminder(db: KeeperDatabase, key: string, settings: Settings, now: Date, userTimeZone: string): Promise<string | undefined> {
  const entry: ReminderLogEntry | undefined = await db.reminderLog.get(key);
  if (!entry) return undefined;
  // The scheduler's own day arithmetic, so a snooze follows the same DST rules.
  const [hour, minute] = hourAndMinute(settings.reminderTime);
  const until = new Date(instantAtDay(dayAt(now.getTime(), userTimeZone) + 1, hour, minute, userTimeZone)).toISOString();
  await db.reminderLog.update(key, { snoozedUntil: until });
  return until;
}
