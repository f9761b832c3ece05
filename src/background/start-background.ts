import type { WxtBrowser as Browser } from 'wxt/browser';
import type { KeeperDatabase } from '../db/database';
import { listActivePlans } from '../db/plans';
import type { I18n } from '../i18n/i18n';
import { createMessageRouter, type MessageHandlers } from '../messaging/router';
import { toolbarButton, toolbarTitle } from './toolbar';

export interface BackgroundDeps {
  browser: Browser;
  db: KeeperDatabase;
  i18n: I18n;
}

/** Why the background is bringing its state up to date: kept for the e2e test hooks. */
export type RefreshReason = 'worker-start' | 'installed' | 'startup' | 'plans-changed' | 'settings-changed';

export interface Background {
  /** Resolves when the refresh the worker started with has finished. */
  ready: Promise<void>;
  refresh(reason: RefreshReason): Promise<void>;
}

/**
 * Wires the service worker. Every listener is registered synchronously, before the first
 * `await`: a worker woken by an event only delivers it to listeners that exist by then.
 * The worker may be stopped at any moment, so nothing here keeps state in memory that
 * the database does not also have.
 */
export function startBackground({ browser, db, i18n }: BackgroundDeps, onRefresh?: (reason: RefreshReason) => void): Background {
  async function refresh(reason: RefreshReason): Promise<void> {
    const plans = await listActivePlans(db);
    await toolbarButton(browser).setTitle({ title: toolbarTitle(i18n, plans.length) });
    onRefresh?.(reason);
  }

  const handlers: MessageHandlers = {
    plansChanged: async () => {
      await refresh('plans-changed');
      return { ok: true };
    },
    settingsChanged: async () => {
      await refresh('settings-changed');
      return { ok: true };
    },
  };

  browser.runtime.onMessage.addListener(
    createMessageRouter(handlers, {
      extensionId: browser.runtime.id,
      extensionBaseUrl: browser.runtime.getURL('/'),
    }),
  );
  browser.runtime.onInstalled.addListener(() => void refresh('installed'));
  browser.runtime.onStartup.addListener(() => void refresh('startup'));

  // A relaunch may skip onStartup (see MACHINE.md), so every worker start refreshes too.
  return { ready: refresh('worker-start'), refresh };
}
