import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser, WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import { aPlan } from '../../tests/support/plans';
import { KeeperDatabase, SETTINGS_KEY } from '../db/database';
import type { Notify } from '../db/store';
import { catalogSource } from '../i18n/catalog-source';
import { createI18n } from '../i18n/i18n';
import { RejectedMessage } from '../messaging/router';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { FILL_COMMAND } from '../manifest/permissions';
import { FILL_ANYWHERE_SCRIPT, fillHandlers } from './fill';

const english = createI18n(catalogSource(en));
const TIM_PAGE = 'https://www.tim.it/ricarica';

type Sender = Browser.runtime.MessageSender;
const promptIn = (url: string | undefined, tabId = 7): Sender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/prompt.html'),
  ...(url !== undefined && { tab: { id: tabId, url } as Browser.tabs.Tab }),
});
const popup: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

const rome = aPlan({ id: 'rome', label: 'Rome eSIM', phoneNumber: '+393331234567', email: 'viaggiatore@example.com', topUpAmount: 10, iccid: '8939104520000000001' });
const milan = aPlan({ id: 'milan', label: 'Milan SIM', phoneNumber: '+393471234567', expiresAt: '2026-12-20T12:00:00.000Z' });
const baku = aPlan({ id: 'baku', label: 'Baku', carrierId: 'azercell', timeZone: 'Asia/Baku', phoneNumber: '+994501234567' });
const old = aPlan({ id: 'old', label: 'Old TIM', archived: true, phoneNumber: '+393331112222' });

let db: KeeperDatabase;
let sendMessage: ReturnType<typeof vi.fn>;
let executeScript: ReturnType<typeof vi.fn>;
let notify: ReturnType<typeof vi.fn<Notify>>;

function setUp(report: unknown = { filled: ['tel', 'tel-confirm', 'transaction-amount', 'email'], kept: [], noForm: false }) {
  notify = vi.fn<Notify>(async () => undefined);
  sendMessage = vi.fn(async (_tabId: number, message: { name: string }) => (message.name === 'fill' ? report : { ok: true }));
  executeScript = vi.fn(async (injection: { files?: string[] }) => (injection.files ? [{ result: undefined }] : [{ result: report }]));
  const browser = {
    ...fakeBrowser,
    tabs: { ...fakeBrowser.tabs, sendMessage, get: vi.fn(async (id: number) => ({ id, url: tabUrls.get(id) })) },
    scripting: { executeScript },
  } as unknown as WxtBrowser;
  return fillHandlers({ browser, db, i18nFor: async () => english, notify });
}
const tabUrls = new Map<number, string | undefined>();

beforeEach(async () => {
  db = new KeeperDatabase(`fill-test-${Math.random()}`);
  await db.plans.bulkPut([rome, milan, baku, old]);
  tabUrls.clear();
});

describe('carrierPage (the content script at start)', () => {
  it('names the carrier from the tab’s address and offers the prompt when it has plans', async () => {
    const { handlers } = setUp();
    await expect(handlers.carrierPage({}, { id: fakeBrowser.runtime.id, tab: { id: 7, url: TIM_PAGE } as Browser.tabs.Tab })).resolves.toEqual({
      carrierId: 'tim',
      offerPrompt: true,
    });
  });

  it('offers nothing on a page outside the registry, or when the person turned the prompt off', async () => {
    const { handlers } = setUp();
    const contentScriptAt = (url: string): Sender => ({ id: fakeBrowser.runtime.id, tab: { id: 7, url } as Browser.tabs.Tab });
    await expect(handlers.carrierPage({}, contentScriptAt('https://example.org/ricarica'))).resolves.toEqual({ carrierId: null, offerPrompt: false });
    await db.settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, fillPromptOff: ['tim'] } });
    await expect(handlers.carrierPage({}, contentScriptAt(TIM_PAGE))).resolves.toMatchObject({ carrierId: 'tim', offerPrompt: false });
  });
});

describe('the prompt', () => {
  it('offers only the tab carrier’s active plans, numbers masked', async () => {
    const { handlers } = setUp();
    const offer = await handlers.promptPlans({}, promptIn(TIM_PAGE));
    expect(offer).toEqual({
      carrierName: 'TIM',
      plans: [
        { id: 'rome', label: 'Rome eSIM', number: '+39 333 ••• 4567' },
        { id: 'milan', label: 'Milan SIM', number: '+39 347 ••• 4567' },
      ],
    });
  });

  it('is refused outside a carrier’s tab', async () => {
    const { handlers } = setUp();
    await expect(handlers.promptPlans({}, promptIn(undefined))).rejects.toBeInstanceOf(RejectedMessage);
    await expect(handlers.promptPlans({}, promptIn('https://example.org/'))).rejects.toBeInstanceOf(RejectedMessage);
  });

  it('fills the chosen plan into its own tab’s top frame, with only what a form needs', async () => {
    const { handlers } = setUp();
    const outcome = await handlers.fillFromPrompt({ planId: 'rome', overwrite: false }, promptIn(TIM_PAGE, 9));
    expect(outcome).toEqual({
      summary: 'Number, amount and e-mail filled — review and pay.',
      filled: ['tel', 'tel-confirm', 'transaction-amount', 'email'],
      kept: [],
      noForm: false,
    });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    const [tabId, message, options] = sendMessage.mock.calls[0]!;
    expect([tabId, options]).toEqual([9, { frameId: 0 }]);
    expect(message).toEqual({
      name: 'fill',
      values: {
        phone: { international: '+393331234567', countryCode: '39', national: '3331234567', trunkPrefix: '' },
        email: 'viaggiatore@example.com',
        amount: { value: 10, currency: 'EUR' },
        overwrite: false,
      },
    });
    expect(JSON.stringify(message)).not.toContain('8939');
  });

  it('never sends another carrier’s plan to this carrier’s page', async () => {
    const { handlers } = setUp();
    await expect(handlers.fillFromPrompt({ planId: 'baku', overwrite: false }, promptIn(TIM_PAGE))).rejects.toBeInstanceOf(RejectedMessage);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('says so when the plan is gone or archived, and sends nothing', async () => {
    const { handlers } = setUp();
    await expect(handlers.fillFromPrompt({ planId: 'old', overwrite: false }, promptIn(TIM_PAGE))).resolves.toMatchObject({
      summary: 'That plan is no longer in eSIM Keeper.',
      filled: [],
    });
    await expect(handlers.fillFromPrompt({ planId: 'nope', overwrite: false }, promptIn(TIM_PAGE))).resolves.toMatchObject({ filled: [] });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('refuses a malformed report from the page', async () => {
    const { handlers } = setUp({ filled: ['tel'], kept: [], noForm: false, stolen: 'x' });
    await expect(handlers.fillFromPrompt({ planId: 'rome', overwrite: false }, promptIn(TIM_PAGE))).rejects.toThrow();
  });

  it('“Don’t offer on this site” is remembered for the carrier, once, and removes the prompt', async () => {
    const { handlers } = setUp();
    await handlers.closePrompt({ forCarrier: true }, promptIn(TIM_PAGE));
    await handlers.closePrompt({ forCarrier: true }, promptIn('https://mytim.tim.it/x'));
    expect((await db.settings.get(SETTINGS_KEY))?.value.fillPromptOff).toEqual(['tim']);
    expect(sendMessage).toHaveBeenCalledWith(7, { name: 'removePrompt' }, { frameId: 0 });
    await handlers.closePrompt({ forCarrier: false }, promptIn('https://www.tim.it/other', 8));
    expect((await db.settings.get(SETTINGS_KEY))?.value.fillPromptOff).toEqual(['tim']);
    // The background is told once, for the one change.
    expect(notify.mock.calls).toEqual([['settings']]);
  });
});

describe('fillTab (the popup’s Fill this page)', () => {
  it('on a carrier’s site fills that carrier’s plan through its content script, then says so in the page', async () => {
    const { handlers } = setUp();
    tabUrls.set(3, TIM_PAGE);
    const outcome = await handlers.fillTab({ tabId: 3, planId: 'rome', overwrite: true }, popup);
    expect(outcome.filled).toContain('tel');
    expect(sendMessage.mock.calls.map(([tabId, message]) => [tabId, message.name])).toEqual([
      [3, 'fill'],
      [3, 'announce'],
    ]);
    expect(sendMessage.mock.calls[0]![1].values.overwrite).toBe(true);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('refuses a plan of another carrier on a carrier’s site', async () => {
    const { handlers } = setUp();
    tabUrls.set(3, TIM_PAGE);
    await expect(handlers.fillTab({ tabId: 3, planId: 'baku', overwrite: false }, popup)).resolves.toMatchObject({
      summary: "This page is TIM's; that plan is not one of TIM's.",
      filled: [],
    });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('elsewhere injects the generic filler with activeTab and passes the picked plan', async () => {
    const { handlers } = setUp();
    tabUrls.set(4, 'https://shop.example.org/top-up');
    const outcome = await handlers.fillTab({ tabId: 4, planId: 'baku', overwrite: false }, popup);
    expect(outcome.summary).toMatch(/filled — review and pay/);
    expect(executeScript.mock.calls[0]![0]).toEqual({ target: { tabId: 4 }, files: [FILL_ANYWHERE_SCRIPT] });
    expect(executeScript.mock.calls[1]![0].args[0]).toMatchObject({ name: 'fill', values: { phone: { areaCode: '050', local: '1234567' } } });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('says the page cannot be filled when the browser refuses (no access, a browser page)', async () => {
    const { handlers } = setUp();
    tabUrls.set(5, undefined);
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(handlers.fillTab({ tabId: 5, planId: 'rome', overwrite: false }, popup)).resolves.toMatchObject({
      summary: 'The browser does not let extensions fill this page.',
    });
  });

  it('is refused from any page but the popup', async () => {
    const { handlers } = setUp();
    await expect(handlers.fillTab({ tabId: 3, planId: 'rome', overwrite: false }, promptIn(TIM_PAGE))).rejects.toBeInstanceOf(RejectedMessage);
  });
});

describe('the keyboard shortcut', () => {
  it('fills the carrier’s most urgent plan into the tab it was pressed in', async () => {
    const { onCommand } = setUp();
    const outcome = await onCommand(FILL_COMMAND, { id: 6, url: TIM_PAGE } as Browser.tabs.Tab);
    expect(outcome?.filled).toContain('tel');
    expect(sendMessage.mock.calls[0]![1].values.phone.national).toBe('3331234567');
  });

  it('says when the carrier has no plan, and does nothing on other sites or for other commands', async () => {
    const { onCommand } = setUp();
    await expect(onCommand(FILL_COMMAND, { id: 6, url: 'https://example.org/' } as Browser.tabs.Tab)).resolves.toBeUndefined();
    await expect(onCommand('other', { id: 6, url: TIM_PAGE } as Browser.tabs.Tab)).resolves.toBeUndefined();
    await db.plans.bulkDelete(['rome', 'milan']);
    await expect(onCommand(FILL_COMMAND, { id: 6, url: TIM_PAGE } as Browser.tabs.Tab)).resolves.toMatchObject({ summary: 'eSIM Keeper has no plan for TIM yet.' });
    expect(sendMessage).toHaveBeenCalledWith(6, { name: 'announce', text: 'eSIM Keeper has no plan for TIM yet.' }, { frameId: 0 });
  });
});
