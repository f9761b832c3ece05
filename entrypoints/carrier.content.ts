import { defineContentScript } from 'wxt/utils/define-content-script';
import { recogniseCarrierPage } from '../src/autofill/carrier-page';
import { contentScriptMatches } from '../src/carriers/registry';

export default defineContentScript({
  // Computed from src/carriers: one carrier file adds its hosts here and to the manifest.
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main() {
    const page = recogniseCarrierPage(location.href);
    if (import.meta.env.MODE === 'e2e') {
      // Visible only in this script's isolated world, where the e2e harness reads it;
      // the carrier's own scripts cannot see it.
      Object.assign(globalThis, { eskContentScript: { carrierId: page?.carrier.id ?? null } });
    }
  },
});
