import { defineConfig } from '@playwright/test';

// End-to-end tests load the e2e build (.output/chrome-mv3-e2e) into Debian's Chromium.
// Each test gets its own browser and profile (see tests/e2e/harness.ts), so they can run
// in parallel on the two cores.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  // One retry in CI only. Twice in ~15 CI runs (stops 12 and 15) one options-page test timed
  // out waiting for the page's test hooks; 50 repeats of it and 4 full local runs (536 tests)
  // never failed. A retried test is reported as "flaky" with its first failure, which now
  // says what the page was doing (extension-session.ts), so the flake stays visible while
  // it cannot throw away a green run. Locally a failure fails at once.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: 'test-results',
});
