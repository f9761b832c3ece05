// Test hooks exist only in the e2e build. The production builds (what a person installs)
// must not contain them; the e2e build must, or the search below proves nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARRIER_CONTENT_FILE } from '../../src/autofill/built-scripts';
import { COMPILE_EAGERLY, EAGERLY_COMPILED_SCRIPTS } from '../../src/autofill/compile-hint';
import { TEST_HOOKS_MARKER } from '../../src/background/test-hooks';
import { E2E_OTHER_SITE } from '../../src/manifest/permissions';
import { PAGE_TEST_HOOKS_MARKER } from '../../src/ui/page-test-hooks';
import { BUILDS, listBuiltFiles } from './built-extension';

/** The host only the e2e build may reach (`shop.example.net`). */
const OTHER_SITE_HOST = new URL(E2E_OTHER_SITE.replace(/\*$/, '')).host;

const CONTENT_SCRIPT_MARKER = 'eskContentScript';

function filesContaining(buildDir: string, marker: string): string[] {
  return listBuiltFiles(buildDir)
    .filter((file) => /\.(js|html|json)$/.test(file))
    .filter((file) => readFileSync(file, 'utf8').includes(marker))
    .map((file) => path.relative(buildDir, file));
}

describe('test hooks', () => {
  it('are in the e2e build (so the search works)', () => {
    expect(filesContaining(BUILDS.chromeE2e, TEST_HOOKS_MARKER)).toEqual(['background.js']);
    expect(filesContaining(BUILDS.chromeE2e, CONTENT_SCRIPT_MARKER)).toEqual([CARRIER_CONTENT_FILE]);
    expect(filesContaining(BUILDS.chromeE2e, PAGE_TEST_HOOKS_MARKER).length).toBeGreaterThan(0);
  });

  it.each([
    ['Chrome', BUILDS.chrome],
    ['Firefox', BUILDS.firefox],
  ])('are not in the %s production build', (_browser, buildDir) => {
    expect(filesContaining(buildDir, TEST_HOOKS_MARKER)).toEqual([]);
    expect(filesContaining(buildDir, CONTENT_SCRIPT_MARKER)).toEqual([]);
    expect(filesContaining(buildDir, 'fetchFromWorker')).toEqual([]);
    expect(filesContaining(buildDir, PAGE_TEST_HOOKS_MARKER)).toEqual([]);
    // The popup's e2e way to name the tab to fill, and the e2e-only host grant.
    expect(filesContaining(buildDir, 'e2eFillTab')).toEqual([]);
    expect(filesContaining(buildDir, OTHER_SITE_HOST)).toEqual([]);
  });

  it('the e2e build names its extra test site, so the check above can fail', () => {
    expect(filesContaining(BUILDS.chromeE2e, OTHER_SITE_HOST)).toEqual(['manifest.json']);
    expect(filesContaining(BUILDS.chromeE2e, 'e2eFillTab').length).toBe(1);
  });
});

// src/autofill/compile-hint.ts: on a fresh page the fill takes about a third less time when V8
// compiled the autofill scripts as they loaded. A minifier or a bundler upgrade could drop the hint
// without a word; the bench would show it only as a slower figure.
describe("V8's compile hint", () => {
  it.each([
    ['Chrome', BUILDS.chrome],
    ['Firefox', BUILDS.firefox],
    ['Chrome e2e', BUILDS.chromeE2e],
  ])('opens the autofill scripts of the %s build, and no other script', (_browser, buildDir) => {
    const opening = listBuiltFiles(buildDir)
      .filter((file) => file.endsWith('.js'))
      .filter((file) => readFileSync(file, 'utf8').startsWith(COMPILE_EAGERLY))
      .map((file) => path.relative(buildDir, file));
    expect(opening.sort()).toEqual([...EAGERLY_COMPILED_SCRIPTS].sort());
  });
});
