import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fillAnywhere } from '../src/autofill/fill-anywhere';

// Injected by the background into the active tab for the popup's "Fill this page" on a site
// outside the registry (src/background/fill.ts). It runs in the page's isolated world and
// leaves one function there, which the background's next executeScript call uses.
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as { eskFillAnywhere?: (message: unknown) => unknown };
  world.eskFillAnywhere ??= fillAnywhere(document);
});
