import { fixtureExpectations, fixtureSelectors } from '../tests/support/fixture-expectations';
import { autofillBundle, bringToFillState, launchChromium, openPage, openWithAutofill } from '../tests/support/autofill-in-chromium';
import { COMPILE_EAGERLY } from '../src/autofill/compile-hint';
import { bigCarrierPage } from '../tests/support/big-page';
import { TEST_VALUES } from '../tests/support/fill-test-values';
import { FILLABLE_KINDS } from '../src/autofill/field-kind';
import { median, type Benchmark, type Figure } from './benchmark';

const CONTROLS = 3_000;
const ITERATIONS = 15;
/**
 * How long a fresh page is left to finish its first layout and paint before anything is
 * timed. On these 2-core machines the renderer's paint of a 3,000-control page competes with
 * the measured script (and with V8's background compilers) for the better part of half a
 * second. A carrier content script runs at document_idle, after that. Our code is still
 * cold: nothing of it has run in the page. Both the bare scan and classify are timed so.
 */
const SETTLE_MS = 500;
const PAGE_URL = 'https://www.tim.it/offerte-e-ricarica';

interface InPage {
  measure(scanFirst: boolean): { scan: number; classify: number; controls: number };
  narrowScan(): number;
  fill(values: unknown): { fill: number; filled: number };
  recognise(): void;
  pairs(input: { expected: Record<string, string>; selectors: unknown }): { kind: string; truth: string }[];
}

/**
 * Runs in the page beside window.eskAutofill. Plain script text: tsx would wrap functions
 * passed to page.evaluate in helpers the page does not have.
 */
const IN_PAGE = `
window.eskBench = {
  measure(scanFirst) {
    const core = window.eskAutofill;
    // What classify must at least do: find the same kinds of elements (the same candidate
    // query, in the document, its open shadow roots and same-origin frames, found the plain
    // way) and read every attribute the classifier reads of them. No labels, no text.
    const bareScan = () => {
      const read = [];
      const visit = (root) => {
        const walker = document.createTreeWalker(root, 1);
        const inner = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.shadowRoot) inner.push(node.shadowRoot);
        for (const element of root.querySelectorAll('input,select,textarea,button,[role=radio],[role=option],[role=button],[aria-pressed],iframe')) {
          if (element.tagName === 'IFRAME') { try { if (element.contentDocument) inner.push(element.contentDocument); } catch {} continue; }
          read.push([element.getAttribute('type'), element.getAttribute('name'), element.id, element.getAttribute('autocomplete'),
            element.getAttribute('placeholder'), element.getAttribute('aria-label'), element.getAttribute('aria-labelledby'),
            element.getAttribute('title'), element.getAttribute('inputmode'), element.getAttribute('maxlength'),
            element.getAttribute('pattern'), element.getAttribute('value')]);
        }
        for (const each of inner) visit(each);
      };
      visit(document);
      return read.length;
    };
    const time = (run) => { const started = performance.now(); run(); return performance.now() - started; };
    let scan = 0;
    let classify = 0;
    if (scanFirst) { scan = time(bareScan); classify = time(() => core.classifyPage(document)); }
    else { classify = time(() => core.classifyPage(document)); scan = time(bareScan); }
    return { scan, classify, controls: document.querySelectorAll('input, select, textarea, button').length };
  },
  // The scan earlier sessions measured against (on a page of its own): one query, 8
  // attributes, no shadow roots or frames.
  narrowScan() {
    const started = performance.now();
    const read = [];
    for (const element of document.querySelectorAll('input, select, textarea, button, [role="radio"], [role="option"], [aria-pressed]')) {
      read.push([element.getAttribute('type'), element.getAttribute('name'), element.id, element.getAttribute('autocomplete'),
        element.getAttribute('placeholder'), element.getAttribute('aria-label'), element.getAttribute('inputmode'), element.getAttribute('maxlength')]);
    }
    return performance.now() - started;
  },
  fill(values) {
    const started = performance.now();
    const outcome = window.eskAutofill.fillForm(document, values);
    return { fill: performance.now() - started, filled: outcome.report.filled.length };
  },
  // What the carrier content script has done before a person clicks "Fill": looked for the
  // renewal form once, to offer the prompt (carrier-content.ts). The fill that follows runs
  // code the page has run before; it still finds and classifies its fields afresh.
  recognise() {
    window.eskAutofill.classifyForFill(document);
  },
  pairs({ expected, selectors }) {
    const core = window.eskAutofill;
    return core.classifyPage(document, { selectors }).map(({ control, kind }) => {
      const anchor = core.anchorOf(control);
      const selector = Object.keys(expected).find((each) => anchor.matches(each));
      return { kind, truth: selector === undefined ? 'other' : expected[selector] };
    });
  },
};
`;

interface Timing {
  scan: number;
  narrowScan: number;
  classify: number;
  fill: number;
  lazyFill: number;
  afterPrompt: number;
  load: number;
  lazyLoad: number;
  filled: number;
}

/**
 * The autofill core in Chromium (the harness of tests/support/autofill-in-chromium.ts):
 * on a page with 3,000 controls, a fresh page per iteration left SETTLE_MS to paint, (1) a
 * bare scan that only collects the same kinds of elements and reads the attributes the
 * classifier reads, (2) classify, (3) classify + fill; for the record, the scan earlier
 * sessions compared with and the fill as a person meets it (after the prompt: the page was
 * looked at once before), and what loading the core costs with V8's compile hint and the fill
 * without it (src/autofill/compile-hint.ts); and the classifier's precision and recall per
 * kind on the fixtures.
 */
export default {
  name: 'autofill',
  async run() {
    const browser = await launchChromium();
    const html = bigCarrierPage(CONTROLS);
    const timings: Timing[] = [];
    const eager = await autofillBundle();
    // The same core without the hint: V8 compiles each function on its first call.
    const lazy = eager.slice(COMPILE_EAGERLY.length);
    // Loading the core into a fresh page: parsing, compiling and its top-level code. With the
    // hint, this is where V8 compiles every function.
    const loadCore = async (source: string): Promise<number> => {
      const page = await openPage(browser, PAGE_URL, html);
      await page.waitForTimeout(SETTLE_MS);
      const took = await page.evaluate((text) => {
        const script = document.createElement('script');
        script.textContent = text;
        const started = performance.now();
        document.head.append(script);
        return performance.now() - started;
      }, source);
      await page.close();
      return took;
    };
    try {
      for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
        // Alternate which runs first, so neither profits from the other warming the page.
        const scanFirst = iteration % 2 === 0;
        // A fresh page per measurement; `call` is a call of window.eskBench (InPage), as text.
        const inFreshPage = async <T>(call: string, before?: string, core = eager): Promise<T> => {
          const page = await openPage(browser, PAGE_URL, html);
          await page.addScriptTag({ content: core });
          await page.addScriptTag({ content: IN_PAGE });
          await page.waitForTimeout(SETTLE_MS);
          if (before) {
            await page.evaluate(`window.eskBench.${before}`);
            await page.waitForTimeout(SETTLE_MS);
          }
          const result = (await page.evaluate(`window.eskBench.${call}`)) as T;
          await page.close();
          return result;
        };
        const fill = `fill(${JSON.stringify(TEST_VALUES.IT)})`;
        const measured = await inFreshPage<ReturnType<InPage['measure']>>(`measure(${scanFirst})`);
        const filled = await inFreshPage<ReturnType<InPage['fill']>>(fill);
        const narrowScan = await inFreshPage<number>('narrowScan()');
        const afterPrompt = await inFreshPage<ReturnType<InPage['fill']>>(fill, 'recognise()');
        const lazyFill = await inFreshPage<ReturnType<InPage['fill']>>(fill, undefined, lazy);
        const load = await loadCore(eager);
        const lazyLoad = await loadCore(lazy);
        if (measured.controls < CONTROLS) throw new Error(`the page has only ${measured.controls} controls`);
        timings.push({ scan: measured.scan, narrowScan, classify: measured.classify, fill: filled.fill, lazyFill: lazyFill.fill, afterPrompt: afterPrompt.fill, load, lazyLoad,
          filled: Math.min(filled.filled, afterPrompt.filled, lazyFill.filled) });
      }
      const quality = await precisionAndRecall(browser);
      const scan = median(timings.map((timing) => timing.scan));
      const classify = median(timings.map((timing) => timing.classify));
      const narrowScan = median(timings.map((timing) => timing.narrowScan));
      return [
        { label: `bare scan, ${CONTROLS} controls (median of ${ITERATIONS})`, value: round(scan), unit: 'ms' },
        { label: `classify, ${CONTROLS} controls (median of ${ITERATIONS})`, value: round(classify), unit: 'ms' },
        { label: 'classify ÷ bare scan', value: round(classify / scan), unit: '×', target: 3 },
        { label: `earlier sessions' scan (one query, 8 attributes; median)`, value: round(narrowScan), unit: 'ms' },
        { label: "classify ÷ earlier sessions' scan", value: round(classify / narrowScan), unit: '×' },
        { label: `classify + fill, ${CONTROLS} controls (median)`, value: round(median(timings.map((timing) => timing.fill))), unit: 'ms', target: 16 },
        {
          label: 'the same, compiled lazily (the core without its compile hint; for the record, median)',
          value: round(median(timings.map((timing) => timing.lazyFill))),
          unit: 'ms',
        },
        {
          label: 'the same fill after the prompt was offered (the page looked at once before; for the record, median)',
          value: round(median(timings.map((timing) => timing.afterPrompt))),
          unit: 'ms',
        },
        { label: 'loading the core, compiled as it loads (its cost at page load; median)', value: round(median(timings.map((timing) => timing.load))), unit: 'ms' },
        { label: 'loading the core, compiled lazily (for the record, median)', value: round(median(timings.map((timing) => timing.lazyLoad))), unit: 'ms' },
        { label: 'fields filled on the big page (of 4)', value: Math.min(...timings.map((timing) => timing.filled)), unit: 'fields' },
        ...quality,
      ] satisfies Figure[];
    } finally {
      await browser.close();
    }
  },
} satisfies Benchmark;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Per kind over every fixture: precision = right ÷ classified as the kind, recall = right ÷ expected as the kind. */
async function precisionAndRecall(browser: Awaited<ReturnType<typeof launchChromium>>): Promise<Figure[]> {
  const counts = new Map<string, { right: number; claimed: number; expected: number }>();
  const count = (kind: string) => {
    let entry = counts.get(kind);
    if (!entry) counts.set(kind, (entry = { right: 0, claimed: 0, expected: 0 }));
    return entry;
  };
  for (const fixture of fixtureExpectations()) {
    const page = await openWithAutofill(browser, fixture.url, fixture.html);
    await bringToFillState(page, fixture);
    const selectors = fixtureSelectors(fixture);
    await page.addScriptTag({ content: IN_PAGE });
    const pairs = await page.evaluate((input) => (window as unknown as { eskBench: InPage }).eskBench.pairs(input), { expected: fixture.fields, selectors });
    await page.close();
    for (const { kind, truth } of pairs) {
      count(kind).claimed += 1;
      count(truth).expected += 1;
      if (kind === truth) count(kind).right += 1;
    }
  }
  const kinds = [...FILLABLE_KINDS, 'cc-number', 'cc-exp', 'cc-csc', 'cc-name', 'iccid', 'search', 'captcha'].filter((kind) => counts.has(kind));
  return kinds.flatMap((kind) => {
    const { right, claimed, expected } = counts.get(kind)!;
    return [
      { label: `precision: ${kind} (${right}/${claimed})`, value: claimed === 0 ? 1 : round(right / claimed), unit: '' },
      { label: `recall: ${kind} (${right}/${expected})`, value: expected === 0 ? 1 : round(right / expected), unit: '' },
    ];
  });
}
