import fc from 'fast-check';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Property tests in the unit run use a fixed seed, so `npm test` is repeatable and a red
// CI run can be replayed. `npm run bench -- properties` runs them with fresh seeds
// (FC_SEED=random) to keep exploring.
const seed = process.env.FC_SEED === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.FC_SEED ?? 20261122);
fc.configureGlobal({ seed });

// Each test starts from an empty fake browser (storage, alarms, listeners) and, in DOM
// tests, an empty localStorage (the popup's snapshot, the remembered language).
afterEach(() => {
  fakeBrowser.reset();
  globalThis.localStorage?.clear();
});
