/**
 * The few runtime calls the carrier content script makes, on the browser's own API
 * (`browser` in Firefox, `chrome` in Chromium) rather than webextension-polyfill: the
 * polyfill alone would take a quarter of the content script's size budget, and these
 * four calls behave alike in both browsers when answers go through `sendResponse`.
 */
interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: unknown) => void) => boolean | undefined,
    ): void;
  };
}

interface ExtensionGlobal {
  runtime: RuntimeLike;
  i18n: { getMessage(name: string): string };
}

function extensionApi(): ExtensionGlobal {
  const world = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
  const api = world.browser ?? world.chrome;
  if (!api?.runtime) throw new Error('Not running as an extension script');
  return api;
}

export const contentScriptRuntime = {
  getURL: (path: string) => extensionApi().runtime.getURL(path),
  message: (name: string) => extensionApi().i18n.getMessage(name),
  /** Sends one protocol envelope (src/messaging/protocol.ts) to the background. */
  send: (name: string, payload: unknown) => extensionApi().runtime.sendMessage({ name, payload }),
  /**
   * Answers messages from our own background only: not from another extension, not from a
   * page of ours inside a tab. `handler` returns a promise of the answer, or undefined to
   * leave the message alone.
   */
  listenToBackground(handler: (message: unknown) => Promise<unknown> | undefined): void {
    const { runtime } = extensionApi();
    runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== runtime.id || sender.tab !== undefined) return undefined;
      const answer = handler(message);
      if (!answer) return undefined;
      answer.then(sendResponse, () => sendResponse(undefined));
      // Keeps the channel open until sendResponse is called (Chromium and Firefox).
      return true;
    });
  },
};
