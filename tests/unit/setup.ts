import fc from 'fast-check';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Property tests in the unit run use a fixed seed, so `npm test` is repeatable and a red
// CI run can be replayed. `npm run bench -- properties` runs them with fresh seeds
// (FC_SEED=random) to keep exploring.
const seed = process.env.FC_SEED === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.FC_SEED ?? 20261122);
fc.configureGlobal({ seed });

// findBy… and waitFor give up after 1 s by default. On these 2-core machines, with other
// test files (or an end-to-end run) busy on both cores, a popup's lazy dialog or an
// IndexedDB write can take longer than that; waiting longer costs a passing test nothing.
// Only DOM tests use them; the others are spared loading the library.
if (globalThis.document) (await import('@testing-library/preact')).configure({ asyncUtilTimeout: 4000 });

// Each test starts from an empty fake browser (storage, alarms, listeners) and, in DOM
// tests, an empty localStorage (the popup's snapshot, the remembered language).
afterEach(() => {
  fakeBrowser.reset();
  globalThis.localStorage?.clear();
});
