import type { Browser } from 'wxt/browser';
import { readSettings } from '../db/settings';
import { createMessageRouter, type MessageHandlers } from '../messaging/router';
import { fillHandlers } from './fill';
import { NEXT_ALARM, renewalPageOf, runReminders, SAFETY_ALARM, snoozeReminder, type ReminderDeps, type RunOutcome } from './reminders';

export interface BackgroundDeps extends Omit<ReminderDeps, 'clock' | 'userTimeZone'> {
  clock?: () => Date;
  userTimeZone?: () => string;
}

/** Why the background is bringing its state up to date: kept for the e2e test hooks. */
export type RefreshReason =
  | 'worker-start'
  | 'installed'
  | 'startup'
  | 'plans-changed'
  | 'settings-changed'
  | 'alarm'
  | 'snoozed';

export interface Background {
  /** Resolves when the refresh the worker started with has finished. */
  ready: Promise<void>;
  refresh(reason: RefreshReason): Promise<void>;
  /** What a keyboard shortcut (manifest `commands`) does in `tab`. */
  command(name: string, tab: Browser.tabs.Tab | undefined): Promise<unknown>;
}

/**
 * Wires the service worker. Every listener is registered synchronously, before the first
 * `await`: a worker woken by an event only delivers it to listeners that exist by then.
 * The worker may be stopped at any moment, so nothing here keeps state in memory that
 * the database does not also have.
 */
export function startBackground(
  deps: BackgroundDeps,
  onRefresh?: (reason: RefreshReason, outcome: RunOutcome) => void,
): Background {
  const { browser, db } = deps;
  const clock = deps.clock ?? (() => new Date());
  const userTimeZone = deps.userTimeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const reminderDeps: ReminderDeps = { ...deps, clock, userTimeZone };

  // One refresh at a time: wakes come in bursts (start-up, alarm, a page's message).
  let queue: Promise<void> = Promise.resolve();
  function refresh(reason: RefreshReason): Promise<void> {
    const run = queue.then(async () => {
      const outcome = await runReminders(reminderDeps);
      onRefresh?.(reason, outcome);
    });
    // A failed run must not block the next one; it is reported where it was awaited.
    queue = run.catch(() => undefined);
    return run;
  }

  // The background's own writes (the prompt's "Don't offer on this site") refresh as a page's would.
  const fill = fillHandlers({ ...deps, notify: (what) => refresh(what === 'plans' ? 'plans-changed' : 'settings-changed') });

  const handlers: MessageHandlers = {
    ...fill.handlers,
    plansChanged: async () => {
      await refresh('plans-changed');
      return { ok: true };
    },
    settingsChanged: async () => {
      await refresh('settings-changed');
      return { ok: true };
    },
    snoozeReminder: async ({ key }) => {
      const settings = await readSettings(db);
      const snoozedUntil = await snoozeReminder(db, key, settings, clock(), userTimeZone());
      if (snoozedUntil) {
        await browser.notifications.clear(key);
        await refresh('snoozed');
      }
      return { snoozedUntil: snoozedUntil ?? null };
    },
    notificationStatus: async () => {
      // Chrome answers granted/denied; Firefox has no getPermissionLevel (and no per-site block).
      const level = (await browser.notifications.getPermissionLevel?.()) ?? 'granted';
      return { level: level === 'denied' ? 'denied' : 'granted' };
    },
  };

  async function openRenewalPage(notificationId: string): Promise<void> {
    const url = await renewalPageOf(db, notificationId);
    if (url) await browser.tabs.create({ url });
    await browser.notifications.clear(notificationId);
  }

  browser.runtime.onMessage.addListener(
    createMessageRouter(handlers, {
      extensionId: browser.runtime.id,
      extensionBaseUrl: browser.runtime.getURL('/'),
    }),
  );
  // The fill shortcut (manifest `commands`): the keypress is the user action, and grants
  // activeTab on the tab it was pressed in.
  browser.commands?.onCommand.addListener((command, tab) => void fill.onCommand(command, tab));
  browser.runtime.onInstalled.addListener(() => void refresh('installed'));
  browser.runtime.onStartup.addListener(() => void refresh('startup'));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEXT_ALARM || alarm.name === SAFETY_ALARM) void refresh('alarm');
  });
  // Clicking the notification does the main thing: open the renewal page.
  browser.notifications.onClicked.addListener((id) => void openRenewalPage(id));
  // Firefox has no buttons (and may lack the event); Chrome: 0 "Renew now", 1 "Remind me tomorrow".
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (index === 0) void openRenewalPage(id);
    else void handlers.snoozeReminder({ key: id }, { id: browser.runtime.id });
  });

  // A relaunch may skip onStartup (see MACHINE.md), so every worker start refreshes too.
  return { ready: refresh('worker-start'), refresh, command: fill.onCommand };
}
