import { defineConfig } from 'vitest/config';

// Checks on the built extension (.output/): run after `npm run build` and
// `npm run build:e2e`. Permissions, host access, test hooks, size budgets.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
  },
});
