import type { WxtBrowser as Browser } from 'wxt/browser';
import { z } from '../schema/z';
import { SETTINGS_KEY, type KeeperDatabase } from '../db/database';
import { planSchema } from '../plans/plan';
import { renewalSchema } from '../plans/renewal';
import { FILL_COMMAND } from '../manifest/permissions';
import type { Background, RefreshReason } from './start-background';
import { toolbarButton } from './toolbar';

/**
 * Hooks for end-to-end tests, on `globalThis.eskTest` of the service worker.
 *
 * Only the e2e build (`wxt build --mode e2e`) includes this module; the production build
 * must not contain it, which tests/build/production-build.test.ts checks by looking for
 * TEST_HOOKS_MARKER in the built files.
 */
export const TEST_HOOKS_MARKER = 'eskTest';

export interface WorkerTestState {
  plans: unknown[];
  /** Renewal history, oldest first, and the settings as stored (undefined when never saved). */
  renewals: unknown[];
  settings: unknown;
  reminderLog: unknown[];
  toolbarTitle: string;
  badgeText: string;
  alarms: { name: string; scheduledTime: number }[];
  /** Notifications the browser still shows (Chromium drops them after a few seconds headless). */
  notifications: string[];
  refreshes: RefreshReason[];
  errors: string[];
}

export interface TestHooks {
  /** Errors and unhandled rejections the worker saw since it started. */
  errors: string[];
  /** Why the background refreshed, in order. */
  refreshes: RefreshReason[];
  /** Resolves when the refresh the worker started with is done (reminders shown, badge set). */
  whenReady(): Promise<void>;
  seedPlans(plans: unknown[]): Promise<void>;
  /** Stores renewal history records (their plans must be seeded first, as the store keeps them). */
  seedRenewals(renewals: unknown[]): Promise<void>;
  state(): Promise<WorkerTestState>;
  /** Runs what the fill shortcut runs, in the first tab whose address matches the pattern. */
  pressFillShortcut(tabUrlPattern: string): Promise<unknown>;
  /** The id of the first tab whose address matches the pattern (for the popup's e2eFillTab). */
  tabIdOf(tabUrlPattern: string): Promise<number | undefined>;
  /** Makes the worker fetch `url`: proves the harness notices a network request. */
  fetchFromWorker(url: string): Promise<string>;
}

/** Call first thing in the worker, so errors during start-up are caught too. */
export function captureWorkerErrors(): string[] {
  const errors: string[] = [];
  self.addEventListener('error', (event) => errors.push(String(event.message)));
  self.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return errors;
}

export function installTestHooks(
  browser: Browser,
  db: KeeperDatabase,
  errors: string[],
  refreshes: RefreshReason[],
  background: Background,
): void {
  const hooks: TestHooks = {
    errors,
    refreshes,
    whenReady: () => background.ready,
    async seedPlans(plans) {
      const parsed = z.array(planSchema).parse(plans);
      await db.plans.bulkPut(parsed);
      await background.refresh('plans-changed');
    },
    async seedRenewals(renewals) {
      const parsed = z.array(renewalSchema).parse(renewals);
      await db.renewals.bulkPut(parsed);
      await background.refresh('plans-changed');
    },
    async state() {
      return {
        plans: await db.plans.toArray(),
        renewals: await db.renewals.orderBy('renewedAt').toArray(),
        settings: (await db.settings.get(SETTINGS_KEY))?.value,
        reminderLog: await db.reminderLog.toArray(),
        toolbarTitle: await toolbarButton(browser).getTitle({}),
        badgeText: await toolbarButton(browser).getBadgeText({}),
        alarms: (await browser.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })),
        notifications: Object.keys(await browser.notifications.getAll()),
        refreshes: [...refreshes],
        errors: [...errors],
      };
    },
    async pressFillShortcut(tabUrlPattern) {
      // Playwright cannot press a browser shortcut; this runs what the keypress runs.
      const [tab] = await browser.tabs.query({ url: tabUrlPattern });
      if (!tab) throw new Error(`No tab at ${tabUrlPattern}`);
      return background.command(FILL_COMMAND, tab);
    },
    async tabIdOf(tabUrlPattern) {
      const [tab] = await browser.tabs.query({ url: tabUrlPattern });
      return tab?.id;
    },
    async fetchFromWorker(url) {
      try {
        const response = await fetch(url);
        return `status ${response.status}`;
      } catch (error) {
        return `failed: ${String(error)}`;
      }
    },
  };
  Object.assign(globalThis, { [TEST_HOOKS_MARKER]: hooks });
}
