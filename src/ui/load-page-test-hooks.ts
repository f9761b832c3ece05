/**
 * The e2e build's pages load their test hooks (page-test-hooks.ts) with this, after the
 * module that paints. Each step leaves a performance mark, and a failed load is logged,
 * so a test whose page never shows its hooks can say where the page stopped
 * (tests/e2e/extension-session.ts). Production builds never call it, so the bundler drops
 * it and the hooks module with it (tests/build/production-build.test.ts).
 */
const TEST_HOOKS_LOADING_MARK = 'esk:test-hooks-loading';
const TEST_HOOKS_INSTALLED_MARK = 'esk:test-hooks-installed';

export function loadPageTestHooks(): void {
  performance.mark(TEST_HOOKS_LOADING_MARK);
  import('./page-test-hooks').then(
    ({ installPageTestHooks }) => {
      installPageTestHooks();
      performance.mark(TEST_HOOKS_INSTALLED_MARK);
    },
    (error: unknown) => console.error('The test hooks did not load:', error),
  );
}
