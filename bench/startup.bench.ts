import { rm, writeFile } from 'node:fs/promises';
import { EXTENSION_DIR, ExtensionSession, POPUP_VIEWPORT } from '../tests/e2e/extension-session';
import { manyPlans } from '../tests/support/plans';
import { measureEntries } from '../tests/build/size-budgets';
import { CONTENT_PAINTED_MARK } from '../src/ui/use-content-painted-mark';
import { GLANCE_SNAPSHOT_KEY } from '../src/ui/popup/glance-snapshot';
import path from 'node:path';
import { median, type Benchmark } from './benchmark';

const RUNS = 5;
const OPENS_PER_RUN = 3;
const MANY_PLANS = 200;

/**
 * The floor on this machine: an extension page with one paragraph and a one-line module
 * script that sets the content mark. Written into the e2e build only while the bench runs.
 */
const BASELINE_PAGE = 'bench-baseline.html';

async function writeBaselinePage(): Promise<void> {
  await writeFile(
    path.join(EXTENSION_DIR, BASELINE_PAGE),
    '<!doctype html><html><head><meta charset="utf-8"><title>baseline</title><script type="module" src="/bench-baseline.js"></script></head><body><p>Rome eSIM — 2 days 23 h</p></body></html>',
  );
  await writeFile(path.join(EXTENSION_DIR, 'bench-baseline.js'), `performance.mark(${JSON.stringify(CONTENT_PAINTED_MARK)});\n`);
}

async function removeBaselinePage(): Promise<void> {
  await Promise.all([rm(path.join(EXTENSION_DIR, BASELINE_PAGE), { force: true }), rm(path.join(EXTENSION_DIR, 'bench-baseline.js'), { force: true })]);
}

/** Opens an extension page in a fresh tab and reads navigation start → first real content painted. */
async function popupTimeToContent(session: ExtensionSession, file = 'popup.html'): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(`${session.extensionUrl}${file}`);
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0,
      CONTENT_PAINTED_MARK,
    );
    // The mark is set after the frame with the content; Chromium's first contentful paint
    // can land later still, so the later of the two counts.
    const painted = await page.evaluate((mark) => {
      const contentShown = performance.getEntriesByName(mark)[0]!.startTime;
      const firstContentfulPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      return Math.max(contentShown, firstContentfulPaint);
    }, CONTENT_PAINTED_MARK);
    if (file === 'popup.html') {
      // A person looks at the popup for a moment: long enough for the live query to answer
      // and refresh the first-paint snapshot, as it does in use.
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, GLANCE_SNAPSHOT_KEY);
      await page.waitForTimeout(200);
    }
    return painted;
  } finally {
    await page.close();
  }
}

/**
 * In real Chromium with the e2e build: browser launch until the worker is ready, and the
 * popup's time to content (navigation start → plan rows or the empty state painted), with
 * no plans and with 200. The first popup of a profile pays for compiling the scripts; the
 * figures are the warm opens that follow, as a person opens it many times a trip.
 */
export default {
  name: 'startup',
  async run() {
    await writeBaselinePage();
    const launches: number[] = [];
    const baseline: number[] = [];
    const empty: number[] = [];
    const busy: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const session = await ExtensionSession.launch();
      launches.push(performance.now() - started);
      try {
        await popupTimeToContent(session, BASELINE_PAGE);
        for (let open = 0; open < OPENS_PER_RUN; open += 1) baseline.push(await popupTimeToContent(session, BASELINE_PAGE));
        await popupTimeToContent(session);
        for (let open = 0; open < OPENS_PER_RUN; open += 1) empty.push(await popupTimeToContent(session));
        await session.seedPlans(manyPlans(MANY_PLANS, new Date()));
        await popupTimeToContent(session);
        for (let open = 0; open < OPENS_PER_RUN; open += 1) busy.push(await popupTimeToContent(session));
      } finally {
        await session.close();
      }
    }
    await removeBaselinePage();
    const popupSize = measureEntries(path.resolve(import.meta.dirname, '../.output/chrome-mv3')).find((size) => size.entry === 'popup');
    return [
      { label: `browser launch → worker ready (median of ${RUNS})`, value: Math.round(median(launches)), unit: 'ms' },
      { label: `baseline: one-paragraph extension page (median of ${baseline.length})`, value: Math.round(median(baseline)), unit: 'ms' },
      { label: `popup time to content, no plans (median of ${empty.length})`, value: Math.round(median(empty)), unit: 'ms' },
      {
        label: `popup time to content, ${MANY_PLANS} plans (median of ${busy.length})`,
        value: Math.round(median(busy)),
        unit: 'ms',
        target: 50,
      },
      ...(popupSize ? [{ label: 'popup JavaScript before first paint (gzip)', value: popupSize.gzipBytes, unit: 'bytes', target: 70_000 }] : []),
    ];
  },
} satisfies Benchmark;
