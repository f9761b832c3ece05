import { ExtensionSession, POPUP_VIEWPORT } from '../tests/e2e/extension-session';
import { CONTENT_PAINTED_MARK } from '../src/ui/use-content-painted-mark';
import { median, type Benchmark } from './benchmark';

const RUNS = 5;

/**
 * In real Chromium with the e2e build: browser launch until the worker is ready, and
 * the popup's time to content (navigation start → first real content painted).
 */
export default {
  name: 'startup',
  async run() {
    const launches: number[] = [];
    const popups: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const session = await ExtensionSession.launch();
      launches.push(performance.now() - started);
      try {
        // The first popup of a profile pays for compiling; measure a second, warm one too
        // as a person opens it many times.
        for (let open = 0; open < 2; open += 1) {
          const page = await session.context.newPage();
          await page.setViewportSize(POPUP_VIEWPORT);
          await page.goto(`${session.extensionUrl}popup.html`);
          await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CONTENT_PAINTED_MARK);
          const painted = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, CONTENT_PAINTED_MARK);
          if (open === 1) popups.push(painted);
          await page.close();
        }
      } finally {
        await session.close();
      }
    }
    return [
      { label: `browser launch → worker ready (median of ${RUNS})`, value: Math.round(median(launches)), unit: 'ms' },
      { label: `popup time to content, no plans (median of ${RUNS})`, value: Math.round(median(popups)), unit: 'ms' },
    ];
  },
} satisfies Benchmark;
