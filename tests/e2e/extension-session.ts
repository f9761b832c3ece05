/**
 * A running Chromium with the e2e build of the extension loaded (how this works on our
 * machines: README, "Tests"). Used by the Playwright fixtures in harness.ts and by the
 * benchmarks in bench/, so it depends on the Playwright library only, not its runner.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type Worker } from 'playwright';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES_ROOT } from '../support/fixture-expectations';

// Playwright reports requests made by service workers only with this set (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Keeps Chromium off the network, which these machines do not have: no QUIC, no GPU
 * process, and no lookups of Google's hosts. Carrier pages are served by `route`, which
 * answers before any lookup.
 */
export const OFFLINE_ARGS = ['--disable-quic', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'];

/** How long an extension page may take to install its test hooks: ~0.3 s is usual. */
const HOOKS_TIMEOUT_MS = 15_000;

/**
 * What an extension page that never installed its test hooks was doing: whether it
 * still answers, what it shows, how far its hooks got and when, and the errors
 * the session saw. For the failure message only.
 */
async function describeStuckPage(page: Page, errors: readonly string[]): Promise<string> {
  const answer = page
    .evaluate(() => ({
      url: location.href,
      readyState: document.readyState,
      visibility: document.visibilityState,
      hooksNow: 'eskPage' in globalThis,
      sinceStartMs: Math.round(performance.now()),
      text: (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 300),
      // Left by src/ui/load-page-test-hooks.ts: how far the hooks got, and when.
      marks: performance.getEntriesByType('mark').map((mark) => `${mark.name}@${Math.round(mark.startTime)}`),
    }))
    .then((state) => `Page state: ${JSON.stringify(state)}.`)
    .catch((error: unknown) => `The page could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  const silence = new Promise<string>((resolve) => {
    setTimeout(() => resolve('The page did not answer within 3 s: its main thread is busy or hung.'), 3_000);
  });
  const state = await Promise.race([answer, silence]);
  return `${state} Errors so far: ${errors.length > 0 ? errors.join(' | ') : 'none'}.`;
}

/** The popup's size in Chromium's toolbar: tests look at it as a person would. */
export const POPUP_VIEWPORT = { width: 360, height: 600 };

export interface LaunchOptions {
  /** UI language, as Chromium's `--lang` (e.g. `zh-CN`, `it`, `az`). */
  lang?: string;
  colorScheme?: 'light' | 'dark';
}

/** A request that left the extension for the network, or tried to. */
export interface ExtensionRequest {
  from: 'service-worker' | 'extension-page';
  url: string;
}

export class ExtensionSession {
  context!: BrowserContext;
  extensionId!: string;
  serviceWorker!: Worker;
  /** Network requests made by the worker or our pages: must stay empty. */
  readonly requests: ExtensionRequest[] = [];
  /** Errors from the worker's console and our pages. */
  readonly errors: string[] = [];

  private constructor(
    readonly profileDir: string,
    private readonly options: LaunchOptions,
  ) {}

  static async launch(options: LaunchOptions = {}): Promise<ExtensionSession> {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No e2e build in ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
    }
    const profileDir = await mkdtemp(path.join(tmpdir(), 'esim-keeper-e2e-'));
    const session = new ExtensionSession(profileDir, options);
    await session.start();
    return session;
  }

  get extensionUrl(): string {
    return `chrome-extension://${this.extensionId}/`;
  }

  private async start(): Promise<void> {
    const args = [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...OFFLINE_ARGS,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ];
    if (this.options.lang) args.push(`--lang=${this.options.lang}`);
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args,
      colorScheme: this.options.colorScheme ?? 'light',
      ...(this.options.lang ? { locale: this.options.lang } : {}),
    });
    this.context.on('request', (request) => {
      const url = request.url();
      if (isLocalToExtension(url)) return;
      if (request.serviceWorker()) {
        this.requests.push({ from: 'service-worker', url });
        return;
      }
      const frameUrl = safeFrameUrl(request);
      if (frameUrl?.startsWith('chrome-extension://')) this.requests.push({ from: 'extension-page', url });
    });
    this.serviceWorker =
      this.context.serviceWorkers()[0] ??
      (await this.context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
        throw new Error(
          'The extension did not start (no service worker within 10 s). Chromium silently refuses an ' +
            'extension with a bad manifest or _locales message; load .output/chrome-mv3-e2e in ' +
            'chrome://extensions to see why.',
        );
      }));
    this.extensionId = new URL(this.serviceWorker.url()).host;
    this.serviceWorker.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`service worker: ${message.text()}`);
    });
    // The worker installs its test hooks synchronously at start; wait for its first
    // refresh so tests see a settled state.
    await waitFor(() => this.serviceWorker.evaluate(() => (globalThis as { eskTest?: unknown }).eskTest !== undefined));
    // And for the refresh the worker starts with (reminders due after a restart are shown
    // by then), so tests never read a half-done state.
    await this.serviceWorker.evaluate(() =>
      (globalThis as unknown as { eskTest: { whenReady(): Promise<void> } }).eskTest.whenReady(),
    );
  }

  /** Opens an extension page (`popup.html`, `options.html`) in a tab, watching it for errors. */
  async openExtensionPage(file: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await this.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    this.watchPage(page);
    await page.goto(`${this.extensionUrl}${file}`);
    // The e2e build's pages install their test hooks after the first paint: wait for them.
    // Polled on a timer, not per animation frame (Playwright's default), so a page that
    // Chromium stops painting still answers. Twice in CI (stops 12 and 15) an options page
    // never showed its hooks and the test ran out of time saying nothing more; the failure
    // now tells what the page was doing.
    try {
      await page.waitForFunction(() => 'eskPage' in globalThis, undefined, { polling: 100, timeout: HOOKS_TIMEOUT_MS });
    } catch (error) {
      throw new Error(`${file} installed no test hooks within ${HOOKS_TIMEOUT_MS / 1000} s. ${await describeStuckPage(page, this.errors)}`, {
        cause: error,
      });
    }
    return page;
  }

  openPopup(): Promise<Page> {
    return this.openExtensionPage('popup.html', POPUP_VIEWPORT);
  }

  openOptions(): Promise<Page> {
    return this.openExtensionPage('options.html', { width: 1100, height: 900 });
  }

  /**
   * From now on every page of this session records its layout shifts: what moved on screen
   * without the person doing anything (read them with `layoutShiftsOf`).
   */
  async recordLayoutShifts(): Promise<void> {
    await this.context.addInitScript(() => {
      const shifts: string[] = [];
      Object.assign(globalThis, { eskLayoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
          const moved = (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : 'text'));
          shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }

  /** The shifts a page recorded so far, "value at ms: what moved", two frames from now. */
  async layoutShiftsOf(page: Page): Promise<string[]> {
    // A shift is reported with the frame that makes it: let two more frames pass.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return page.evaluate(() => (globalThis as unknown as { eskLayoutShifts: string[] }).eskLayoutShifts);
  }

  watchPage(page: Page): void {
    page.on('pageerror', (error) => this.errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && page.url().startsWith('chrome-extension://')) {
        this.errors.push(`${page.url()}: ${message.text()}`);
      }
    });
  }

  /**
   * Serves a local fixture page at a real carrier address, so the content script
   * injects as on the live site. `fixture` is relative to tests/fixtures.
   */
  async serveFixture(url: string, fixture: string): Promise<void> {
    await this.context.route(url, (route) =>
      route.fulfill({ path: path.join(FIXTURES_ROOT, fixture), contentType: 'text/html; charset=utf-8' }),
    );
  }

  /** Opens a web page (a routed fixture) in a new tab. */
  async openWebPage(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  /** Reads the worker's state through the e2e build's test hooks. */
  workerState(): Promise<WorkerState> {
    return this.serviceWorker.evaluate(() => (globalThis as unknown as { eskTest: { state(): Promise<WorkerState> } }).eskTest.state());
  }

  /** Stores plans directly, as if a page had saved them, and tells the background. */
  async seedPlans(plans: unknown[]): Promise<void> {
    await this.serviceWorker.evaluate(
      (seed) => (globalThis as unknown as { eskTest: { seedPlans(p: unknown[]): Promise<void> } }).eskTest.seedPlans(seed),
      plans,
    );
  }

  /** Stores renewal history records (after their plans), as if a page had saved them. */
  async seedRenewals(renewals: unknown[]): Promise<void> {
    await this.serviceWorker.evaluate(
      (seed) => (globalThis as unknown as { eskTest: { seedRenewals(r: unknown[]): Promise<void> } }).eskTest.seedRenewals(seed),
      renewals,
    );
  }

  /**
   * Closes the browser and starts it again on the same profile: "browser restarted".
   * `closedForMs`: how long the browser stays closed (reminders fall due meanwhile).
   */
  async relaunch({ closedForMs = 0 }: { closedForMs?: number } = {}): Promise<void> {
    await this.collectWorkerErrors();
    await this.context.close();
    if (closedForMs > 0) await new Promise((resolve) => setTimeout(resolve, closedForMs));
    await this.start();
  }

  /** Errors the worker caught itself (thrown before Playwright attached to its console). */
  async collectWorkerErrors(): Promise<void> {
    const state = await this.workerState().catch(() => undefined);
    for (const error of state?.errors ?? []) this.errors.push(`service worker: ${error}`);
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await rm(this.profileDir, { recursive: true, force: true });
  }
}

export interface WorkerState {
  plans: unknown[];
  renewals: { planId: string; previousExpiresAt: string; newExpiresAt: string; channel: string; amount?: { amount: number; currency: string }; reference?: string }[];
  settings: unknown;
  reminderLog: { key: string; planId: string; fireAt: string; claimedAt: string; shownAt?: string; supersededBy?: string }[];
  toolbarTitle: string;
  badgeText: string;
  alarms: { name: string; scheduledTime: number }[];
  notifications: string[];
  refreshes: string[];
  errors: string[];
}

/**
 * Evaluates `expression` in the isolated world of our content script inside `page`
 * (where the page's own scripts cannot look). Resolves to `undefined` when the content
 * script is not in the page.
 */
export async function evaluateInContentScript<T>(page: Page, session: ExtensionSession, expression: string): Promise<T | undefined> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const ours = contexts.find(
      (context) => context.auxData?.type === 'isolated' && context.origin === session.extensionUrl.replace(/\/$/, ''),
    );
    if (!ours) return undefined;
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, returnByValue: true });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

function isLocalToExtension(url: string): boolean {
  return url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:');
}

function safeFrameUrl(request: Request): string | undefined {
  try {
    return request.frame().url();
  } catch {
    // Requests of service workers and some navigations have no frame.
    return undefined;
  }
}

/** Polls `check` until it is true, or fails after `timeoutMs`. */
async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
