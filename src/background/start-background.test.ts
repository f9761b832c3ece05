import { describe, expect, it, vi } from 'vitest';
import type { Browser, WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import { aPlan } from '../../tests/support/plans';
import { KeeperDatabase, SETTINGS_KEY } from '../db/database';
import { catalogSource } from '../i18n/catalog-source';
import { createI18n } from '../i18n/i18n';
import type { LanguageChoice } from '../i18n/languages';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { startBackground, type RefreshReason } from './start-background';

// fakeBrowser has no `commands`; the shortcut's listener is kept here to fire it by hand.
const commandListeners: ((command: string, tab?: Browser.tabs.Tab) => void)[] = [];
const browser = new Proxy(fakeBrowser, {
  get: (target, property, receiver) =>
    property === 'commands' ? { onCommand: { addListener: (listener: (typeof commandListeners)[number]) => commandListeners.push(listener) } } : Reflect.get(target, property, receiver),
}) as unknown as WxtBrowser;
const english = createI18n(catalogSource(en));
const italian = createI18n(catalogSource(it_));
/** The browser speaks English here; Italian is the one other language these tests choose. */
const i18nFor = vi.fn(async (language: LanguageChoice) => (language === 'it' ? italian : english));
// Our listener answers with a promise, never through sendResponse.
const noAnswer = () => undefined;
const popupSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

function start() {
  const db = new KeeperDatabase(`background-test-${Math.random()}`);
  const refreshes: RefreshReason[] = [];
  const background = startBackground(
    {
      browser,
      db,
      i18nFor,
      // The real scheduler, badge and texts have their own tests; here only the wiring.
      schedule: () => ({ due: [], superseded: [] }),
      badge: () => ({ text: '', color: '#15803d' }),
      content: () => ({ title: '', message: '', buttons: [] }),
      notificationButtons: true,
      clock: () => new Date('2026-11-30T08:00:00.000Z'),
      userTimeZone: () => 'Europe/Rome',
    },
    (reason) => refreshes.push(reason),
  );
  return { db, refreshes, background };
}

describe('startBackground', () => {
  it('registers its listeners synchronously, before any await', () => {
    start();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onButtonClicked.hasListeners()).toBe(true);
    expect(commandListeners.length).toBeGreaterThan(0);
  });

  it('refreshes on its alarms, not on others', async () => {
    const { background, refreshes } = start();
    await background.ready;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'esk-next', scheduledTime: 0, persistAcrossSessions: false });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: 0, persistAcrossSessions: false });
    await expect.poll(() => refreshes).toEqual(['worker-start', 'alarm']);
  });

  it('opens the renewal page when a notification is clicked', async () => {
    const { background, db } = start();
    await background.ready;
    await db.plans.put(aPlan());
    await db.reminderLog.put({ key: 'k', planId: 'plan-rome', fireAt: '2026-11-30T08:00:00.000Z', claimedAt: '2026-11-30T08:00:00.000Z' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue(undefined as never);
    await fakeBrowser.notifications.onClicked.trigger('k');
    await expect.poll(() => create.mock.calls).toEqual([[{ url: 'https://www.tim.it/ricarica' }]]);
  });

  it('refreshes when the worker starts and sets the toolbar tooltip', async () => {
    const { background, refreshes } = start();
    await background.ready;
    expect(refreshes).toEqual(['worker-start']);
    expect(await fakeBrowser.action.getTitle({})).toBe('eSIM Keeper — no plans yet');
  });

  it('refreshes on install and on browser start-up', async () => {
    const { background, refreshes } = start();
    await background.ready;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(() => refreshes).toEqual(['worker-start', 'installed', 'startup']);
  });

  it('counts active plans in the tooltip when a page reports a change', async () => {
    const { background, db, refreshes } = start();
    await background.ready;
    await db.plans.bulkPut([
      aPlan({ id: 'a' }),
      aPlan({ id: 'b', label: 'Baku SIM', expiresAt: '2027-01-02T20:00:00.000Z' }),
      aPlan({ id: 'c', label: 'Old', expiresAt: '2025-01-02T20:00:00.000Z', archived: true }),
    ]);
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ name: 'plansChanged', payload: {} }, popupSender, noAnswer);
    expect(await answer).toEqual({ ok: true });
    expect(refreshes).toContain('plans-changed');
    expect(await fakeBrowser.action.getTitle({})).toBe('eSIM Keeper — 2 plans');
  });

  it('speaks the language chosen in settings, and follows a change at once', async () => {
    const { background, db } = start();
    await background.ready;
    expect(await fakeBrowser.action.getTitle({})).toBe('eSIM Keeper — no plans yet');
    await db.settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, language: 'it' } });
    await fakeBrowser.runtime.onMessage.trigger({ name: 'settingsChanged', payload: {} }, popupSender, noAnswer);
    expect(await fakeBrowser.action.getTitle({})).toBe(italian.t('toolbarTitleNoPlans'));
    expect(i18nFor).toHaveBeenLastCalledWith('it');
    await db.settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, language: 'browser' } });
    await fakeBrowser.runtime.onMessage.trigger({ name: 'settingsChanged', payload: {} }, popupSender, noAnswer);
    expect(await fakeBrowser.action.getTitle({})).toBe('eSIM Keeper — no plans yet');
  });

  it('turns away a carrier page that pretends plans changed', async () => {
    const { background, refreshes } = start();
    await background.ready;
    const carrierPage = {
      id: fakeBrowser.runtime.id,
      url: 'https://www.tim.it/ricarica',
      tab: { id: 3 } as Browser.tabs.Tab,
    };
    // fakeBrowser awaits every listener, so the rejection reaches the trigger itself.
    await expect(fakeBrowser.runtime.onMessage.trigger({ name: 'plansChanged', payload: {} }, carrierPage, noAnswer)).rejects.toThrow(
      /not accepted/,
    );
    expect(refreshes).toEqual(['worker-start']);
  });
});

describe('toolbar in the Firefox build', () => {
  it('uses browserAction where there is no action (MV2)', async () => {
    const { toolbarButton } = await import('./toolbar');
    const mv2 = { browserAction: fakeBrowser.action } as unknown as WxtBrowser;
    expect(toolbarButton(mv2)).toBe(fakeBrowser.action);
  });
});
