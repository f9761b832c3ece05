import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test starts from an empty fake browser (storage, alarms, listeners).
afterEach(() => {
  fakeBrowser.reset();
});
