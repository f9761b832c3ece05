import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyBackground } from './page-store';

describe('notifyBackground', () => {
  it.each([
    ['plans', 'plansChanged'],
    ['settings', 'settingsChanged'],
  ] as const)('sends %s changes as %s', async (what, name) => {
    const received: unknown[] = [];
    // fakeBrowser answers through sendResponse (a listener returning true), like Chrome.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      received.push(message);
      sendResponse({ ok: true });
      return true;
    });
    await notifyBackground(what);
    expect(received).toEqual([{ name, payload: {} }]);
  });

  it('fails loudly when the background refuses', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: false });
      return true;
    });
    await expect(notifyBackground('plans')).rejects.toThrow();
  });
});
