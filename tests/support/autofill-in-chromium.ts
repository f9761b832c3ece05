/**
 * Runs the autofill core (src/autofill) inside fixture pages in Debian's Chromium, without
 * the extension: the page is served at its real address (routed), and the core is added as
 * a script in the page's main world as `window.eskAutofill`. For tests of classification
 * and filling that need real layout (visibility, covering, clipping) and for the bench.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM, OFFLINE_ARGS } from '../e2e/extension-session';
import { COMPILE_EAGERLY } from '../../src/autofill/compile-hint';
import type { FixtureExpectation } from './fixture-expectations';

let bundled: Promise<string> | undefined;

/**
 * The core as one IIFE (built once per process), opening with V8's compile hint as the
 * built autofill scripts do (src/autofill/compile-hint.ts), so the bench times what ships.
 */
export function autofillBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.resolve(import.meta.dirname, 'autofill-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  }).then((result) => COMPILE_EAGERLY + result.outputFiles[0]!.text);
  return bundled;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: OFFLINE_ARGS,
  });
}

/**
 * Opens `html` (a page's text) at `url` in a fresh page
 * and adds the core. Pages are 1280×800, as on a laptop.
 */
export async function openWithAutofill(browser: Browser, url: string, html: string): Promise<Page> {
  const page = await openPage(browser, url, html);
  await page.addScriptTag({ content: await autofillBundle() });
  return page;
}

/** Opens `html` at `url` in a fresh 1280×800 page, without the core. */
export async function openPage(browser: Browser, url: string, html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const origin = new URL(url).origin;
  await page.route(`${origin}/**`, (route) =>
    route.request().url().split('#')[0] === url.split('#')[0]
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
  await page.goto(url);
  return page;
}

/** Brings a fixture to the state a person fills in (`before` in its expected file). */
export async function bringToFillState(page: Page, fixture: FixtureExpectation): Promise<void> {
  if (fixture.before === 'next-step') await page.locator('[data-fixture-next]').click();
  if (fixture.before !== 'none') await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
}

/**
 * Runs in the page (main world): `eskDeepQuery(selector)`, every element matching it in the
 * document, its open shadow roots and same-origin frames; `eskValueOf(element)`, what a
 * field holds (`checked` for a checked radio, `pressed` for a pressed tile).
 */
export const PAGE_LOOKUPS = `
  window.eskDeepQuery = (selector) => {
    const found = [];
    const visit = (root) => {
      found.push(...root.querySelectorAll(selector));
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element.tagName === 'IFRAME') {
          try { if (element.contentDocument) visit(element.contentDocument); } catch {}
        }
      }
    };
    visit(document);
    return found;
  };
  window.eskValueOf = (element) => {
    if (element.type === 'radio' || element.type === 'checkbox') return element.checked ? 'checked' : '';
    if ('value' in element && element.tagName !== 'BUTTON') return String(element.value);
    return element.getAttribute('aria-pressed') === 'true' || element.getAttribute('aria-checked') === 'true' || element.getAttribute('aria-selected') === 'true' ? 'pressed' : '';
  };
`;

/** Each selector's value (several matches joined by `|`), as expected files write them. */
export async function valuesIn(page: Page, selectors: string[]): Promise<Record<string, string>> {
  await page.addScriptTag({ content: PAGE_LOOKUPS });
  return page.evaluate((selectors) => {
    const lookups = window as unknown as { eskDeepQuery(selector: string): Element[]; eskValueOf(element: Element): string };
    return Object.fromEntries(selectors.map((selector) => [selector, lookups.eskDeepQuery(selector).map(lookups.eskValueOf).join('|')]));
  }, selectors);
}
