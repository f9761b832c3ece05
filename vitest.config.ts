import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: beside the code in src/ (and repo-wide checks in tests/unit). They run in
// Node with WXT's fakeBrowser; UI tests opt into happy-dom with a file comment.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
