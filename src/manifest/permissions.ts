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
