/**
 * The autofill core against every fixture page in real Chromium (no extension: the core
 * runs in the page as `window.eskAutofill`, see tests/support/autofill-in-chromium.ts).
 * Each page's ground truth is its `.expected.json`, which the classifier never reads.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { fixtureExpectations, fixtureSelectors, type FixtureExpectation } from '../support/fixture-expectations';
import { bringToFillState, launchChromium, openWithAutofill, PAGE_LOOKUPS } from '../support/autofill-in-chromium';
import { TEST_VALUES } from '../support/fill-test-values';
import type { classifyPage } from '../../src/autofill/classify';
import type { anchorOf } from '../../src/autofill/control';
import type { fillForm } from '../../src/autofill/fill-form';

/** What tests/support/autofill-entry.ts and PAGE_LOOKUPS leave on the page's window. */
interface PageWindow {
  eskAutofill: { classifyPage: typeof classifyPage; anchorOf: typeof anchorOf; fillForm: typeof fillForm };
  eskDeepQuery(selector: string): Element[];
  eskValueOf(element: Element): string;
}

let browser: Browser;
test.beforeAll(async () => {
  browser = await launchChromium();
});
test.afterAll(async () => {
  await browser.close();
});

/** Opens the fixture and brings it to the state a person fills in. */
async function prepared(fixture: FixtureExpectation): Promise<Page> {
  const page = await openWithAutofill(browser, fixture.url, fixture.html);
  await bringToFillState(page, fixture);
  return page;
}


for (const fixture of fixtureExpectations()) {
  test.describe(fixture.file, () => {
    test('classifies every control a person fills, and nothing else as fillable', async () => {
      const page = await prepared(fixture);
      const result = await page.evaluate(
        ({ expected, selectors }) => {
          const { classifyPage, anchorOf } = (window as unknown as PageWindow).eskAutofill;
          const classified = classifyPage(document, { selectors });
          const fillable = new Set(['tel', 'tel-confirm', 'tel-national', 'tel-country-code', 'tel-area-code', 'tel-local', 'email', 'email-confirm', 'transaction-amount', 'given-name', 'family-name', 'name']);
          const seen: Record<string, string> = {};
          const unexpected: string[] = [];
          for (const { control, kind, reason } of classified) {
            const anchor = anchorOf(control);
            const matching = Object.keys(expected).filter((selector) => anchor.matches(selector));
            for (const selector of matching) seen[selector] = kind;
            if (matching.length === 0 && fillable.has(kind)) unexpected.push(`${anchor.outerHTML.slice(0, 120)} → ${kind} (${reason})`);
          }
          return { seen, unexpected };
        },
        { expected: fixture.fields, selectors: fixtureSelectors(fixture) },
      );
      expect(result.seen).toEqual(fixture.fields);
      expect(result.unexpected).toEqual([]);
      await page.close();
    });

    test('fills what the page expects, and never a field that must stay empty, never submits', async () => {
      const page = await prepared(fixture);
      await page.addScriptTag({ content: PAGE_LOOKUPS });
      const result = await page.evaluate(
        ({ values, selectors, expectedFill, mustStayEmpty }) => {
          const w = window as unknown as PageWindow;
          let submits = 0;
          document.addEventListener('submit', () => (submits += 1), true);
          const before = mustStayEmpty.map((selector: string) => w.eskDeepQuery(selector).map(w.eskValueOf));
          const outcome = w.eskAutofill.fillForm(document, values, { selectors });
          const after = Object.fromEntries(
            Object.keys(expectedFill).map((selector) => [selector, w.eskDeepQuery(selector).map(w.eskValueOf).join('|')]),
          );
          const untouched = mustStayEmpty.map((selector: string, index: number) => ({
            selector,
            same: JSON.stringify(w.eskDeepQuery(selector).map(w.eskValueOf)) === JSON.stringify(before[index]),
            found: w.eskDeepQuery(selector).length,
          }));
          return { after, untouched, submits, report: outcome.report };
        },
        { values: TEST_VALUES[fixture.values], selectors: fixtureSelectors(fixture), expectedFill: fixture.expectedFill, mustStayEmpty: fixture.mustStayEmpty },
      );
      expect(result.after).toEqual(fixture.expectedFill);
      for (const { selector, same, found } of result.untouched) {
        expect(found, `${selector} exists`).toBeGreaterThan(0);
        expect(same, `${selector} keeps its value`).toBe(true);
      }
      expect(result.submits).toBe(0);
      await page.close();
    });
  });
}
