/**
 * The end-to-end fixtures. Tests get `extension`: a fresh Chromium and profile with the
 * e2e build loaded (see extension-session.ts), torn down afterwards, and two automatic
 * checks after every test: the extension made no network request, and neither the
 * worker nor an extension page logged an error.
 */
import { test as base, expect } from '@playwright/test';
import { ExtensionSession, type LaunchOptions } from './extension-session';

export { evaluateInContentScript, ExtensionSession, POPUP_VIEWPORT } from './extension-session';

export const test = base.extend<{ extension: ExtensionSession; extensionLaunch: LaunchOptions }>({
  extensionLaunch: [{}, { option: true }],
  extension: async ({ extensionLaunch }, use) => {
    const session = await ExtensionSession.launch(extensionLaunch);
    try {
      await use(session);
      await session.collectWorkerErrors();
      expect(session.requests, 'the extension must not touch the network').toEqual([]);
      expect(session.errors, 'no errors in the worker or extension pages').toEqual([]);
    } finally {
      await session.close();
    }
  },
});

export { expect };
