import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCarrierContent, type CarrierPageAnswer } from '../src/autofill/carrier-content';
import { contentScriptRuntime as runtime } from '../src/messaging/content-script-runtime';

// The carrier content script. Built as an unlisted script and declared in the manifest by
// wxt.config.ts (its matches computed from the carrier registry): WXT's content-script
// wrapper would bring webextension-polyfill and its own context, a third of this script's
// size budget, into every carrier page.
export default defineUnlistedScript({
  async main() {
    const content = await startCarrierContent({
      document,
      // The background checks the request with zod (src/messaging/protocol.ts) and its
      // router checks its own answer before it leaves, so the answer is the protocol's shape.
      askCarrierPage: async () => (await runtime.send('carrierPage', {})) as CarrierPageAnswer,
      promptUrl: runtime.getURL('/prompt.html'),
      promptTitle: runtime.message('promptFrameTitle'),
      listen: (handler) => runtime.listenToBackground(handler),
    });
    if (import.meta.env.MODE === 'e2e') {
      // Visible only in this script's isolated world, where the e2e harness reads it;
      // the carrier's own scripts cannot see it.
      Object.assign(globalThis, { eskContentScript: { carrierId: content.answer.carrierId, offerPrompt: content.answer.offerPrompt } });
    }
  },
});
