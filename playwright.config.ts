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
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: 'test-results',
});
