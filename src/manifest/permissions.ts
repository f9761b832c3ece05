/**
 * What the extension may ever ask the browser for (DESIGN.md, "Rules that keep the
 * data safe"). The built manifests are checked against this list in
 * tests/build/manifest.test.ts: anything outside it fails CI.
 */
export const ALLOWED_PERMISSIONS = [
  'storage',
  'alarms',
  'notifications',
  'activeTab',
  'scripting',
] as const;

/** What the current features use; grows only within ALLOWED_PERMISSIONS. */
export const REQUIRED_PERMISSIONS = ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'] as const satisfies readonly (typeof ALLOWED_PERMISSIONS)[number][];

/**
 * Host patterns that would give us every site. Host access is only ever computed from
 * the carrier registry, one carrier host at a time.
 */
export const BROAD_HOST_PATTERNS = [
  '<all_urls>',
  '*://*/*',
  'http://*/*',
  'https://*/*',
  'file:///*',
  '*://*',
] as const;

/**
 * A site outside the registry, granted to the e2e build only: the popup's "Fill this page"
 * there needs `activeTab`, which a test cannot grant (tests/build checks production lacks it).
 */
export const E2E_OTHER_SITE = 'https://shop.example.net/*';

/** The keyboard command that fills the carrier's form with its most urgent plan, and the key suggested for it (the person may change it in the browser). */
export const FILL_COMMAND = 'fill-renewal-form';
export const FILL_SHORTCUT = 'Alt+Shift+F';
