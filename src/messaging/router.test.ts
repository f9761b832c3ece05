import type { Browser } from 'wxt/browser';
import { describe, expect, it, vi } from 'vitest';
import { createMessageRouter, RejectedMessage, senderKind, type MessageHandlers } from './router';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE_URL = `chrome-extension://${EXTENSION_ID}/`;
const identity = { extensionId: EXTENSION_ID, extensionBaseUrl: BASE_URL };

const popup: Browser.runtime.MessageSender = { id: EXTENSION_ID, url: `${BASE_URL}popup.html` };
const promptFrame: Browser.runtime.MessageSender = {
  id: EXTENSION_ID,
  url: `${BASE_URL}prompt.html`,
  tab: { id: 7, url: 'https://www.tim.it/ricarica' } as Browser.tabs.Tab,
};
const contentScript: Browser.runtime.MessageSender = {
  id: EXTENSION_ID,
  url: 'https://www.tim.it/ricarica',
  tab: { id: 7, url: 'https://www.tim.it/ricarica' } as Browser.tabs.Tab,
};
const otherExtension: Browser.runtime.MessageSender = { id: 'someoneelse', url: 'chrome-extension://someoneelse/x.html' };

function makeRouter() {
  const handlers: MessageHandlers = {
    plansChanged: vi.fn(async () => ({ ok: true as const })),
    settingsChanged: vi.fn(async () => ({ ok: true as const })),
    snoozeReminder: vi.fn(async () => ({ snoozedUntil: null })),
    notificationStatus: vi.fn(async () => ({ level: 'granted' as const })),
    carrierPage: vi.fn(async () => ({ carrierId: 'tim', offerPrompt: false })),
    promptPlans: vi.fn(async () => ({ carrierName: 'TIM', plans: [] })),
    fillFromPrompt: vi.fn(async () => ({ summary: 'Number filled.', filled: ['tel' as const], kept: [], noForm: false })),
    closePrompt: vi.fn(async () => ({ ok: true as const })),
    fillTab: vi.fn(async () => ({ summary: 'Number filled.', filled: ['tel' as const], kept: [], noForm: false })),
  };
  return { handlers, route: createMessageRouter(handlers, identity) };
}

describe('senderKind', () => {
  it.each([
    ['the popup', popup, 'extension-page'],
    ['our prompt iframe inside a carrier tab', promptFrame, 'extension-page'],
    ['the content script in a carrier page', contentScript, 'content-script'],
    ['another extension', otherExtension, undefined],
    ['a sender without an id', { url: `${BASE_URL}popup.html` }, undefined],
  ] as const)('classifies %s', (_case, sender, expected) => {
    expect(senderKind(sender, EXTENSION_ID, BASE_URL)).toBe(expected);
  });
});

describe('createMessageRouter', () => {
  it('checks payloads of messages that carry data', async () => {
    const { handlers, route } = makeRouter();
    await expect(route({ name: 'snoozeReminder', payload: { key: '' } }, popup)).rejects.toThrow(/malformed payload/);
    await expect(route({ name: 'snoozeReminder', payload: { key: 'x'.repeat(301) } }, popup)).rejects.toThrow(/malformed payload/);
    await expect(route({ name: 'snoozeReminder', payload: { key: 'k' } }, contentScript)).rejects.toThrow(/not accepted/);
    expect(handlers.snoozeReminder).not.toHaveBeenCalled();
    await expect(route({ name: 'snoozeReminder', payload: { key: 'k' } }, popup)).resolves.toEqual({ snoozedUntil: null });
  });

  it('runs the handler for a valid message from an allowed sender', async () => {
    const { handlers, route } = makeRouter();
    await expect(route({ name: 'plansChanged', payload: {} }, popup)).resolves.toEqual({ ok: true });
    expect(handlers.plansChanged).toHaveBeenCalledTimes(1);
  });

  it('leaves messages that are not protocol envelopes to other listeners', () => {
    const { route } = makeRouter();
    expect(route('hello', popup)).toBeUndefined();
    expect(route({ type: 'plansChanged' }, popup)).toBeUndefined();
  });

  it.each([
    ['an unknown message', { name: 'giveMeAllPlans', payload: {} }, popup, /Unknown message/],
    ['a page-only message from a carrier page', { name: 'plansChanged', payload: {} }, contentScript, /not accepted from content-script/],
    ['a message from another extension', { name: 'plansChanged', payload: {} }, otherExtension, /unknown sender/],
    ['extra payload fields', { name: 'plansChanged', payload: { plans: [] } }, popup, /malformed payload/],
    ['a missing payload', { name: 'settingsChanged' }, popup, /malformed payload/],
    ['a prototype-polluting name', { name: '__proto__', payload: {} }, popup, /Unknown message/],
  ])('rejects %s and runs nothing', async (_case, message, sender, reason) => {
    const { handlers, route } = makeRouter();
    const outcome = route(message, sender);
    await expect(outcome).rejects.toBeInstanceOf(RejectedMessage);
    await expect(outcome).rejects.toThrow(reason);
    expect(handlers.plansChanged).not.toHaveBeenCalled();
    expect(handlers.settingsChanged).not.toHaveBeenCalled();
  });

  it('takes fill requests only from the side each belongs to', async () => {
    const { handlers, route } = makeRouter();
    // A carrier page's script cannot ask to be filled, nor list the plans the prompt offers.
    await expect(route({ name: 'fillFromPrompt', payload: { planId: 'p1', overwrite: false } }, contentScript)).rejects.toThrow(/not accepted/);
    await expect(route({ name: 'promptPlans', payload: {} }, contentScript)).rejects.toThrow(/not accepted/);
    await expect(route({ name: 'fillTab', payload: { tabId: 7, planId: 'p1', overwrite: false } }, contentScript)).rejects.toThrow(/not accepted/);
    // And our pages do not pose as the content script.
    await expect(route({ name: 'carrierPage', payload: {} }, popup)).rejects.toThrow(/not accepted/);
    await expect(route({ name: 'fillTab', payload: { tabId: -1, planId: 'p1', overwrite: false } }, popup)).rejects.toThrow(/malformed/);
    expect(handlers.fillFromPrompt).not.toHaveBeenCalled();
    expect(handlers.fillTab).not.toHaveBeenCalled();
    await expect(route({ name: 'fillFromPrompt', payload: { planId: 'p1', overwrite: false } }, promptFrame)).resolves.toMatchObject({ filled: ['tel'] });
    await expect(route({ name: 'carrierPage', payload: {} }, contentScript)).resolves.toEqual({ carrierId: 'tim', offerPrompt: false });
  });

  it('rejects a handler answer that breaks the protocol', async () => {
    const handlers = {
      plansChanged: async () => ({ ok: false }),
      settingsChanged: async () => ({ ok: true }),
    } as unknown as MessageHandlers;
    const route = createMessageRouter(handlers, identity);
    await expect(route({ name: 'plansChanged', payload: {} }, popup)).rejects.toThrow();
  });
});
