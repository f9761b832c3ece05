import { evaluateInContentScript, expect, test } from './harness';
import { ROME_ESIM } from './sample-plans';

const TIM_TOP_UP = 'https://www.tim.it/ricarica';


test('the service worker starts cleanly and sets the toolbar tooltip', async ({ extension }) => {
  expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
  await expect.poll(async () => (await extension.workerState()).refreshes).toContain('worker-start');
  const state = await extension.workerState();
  expect(state.errors).toEqual([]);
  expect(state.plans).toEqual([]);
  expect(state.toolbarTitle).toBe('eSIM Keeper — no plans yet');
});

test('the popup shows the empty state and its button opens the options page', async ({ extension }) => {
  const popup = await extension.openPopup();
  await expect(popup.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open settings' })).toBeVisible();
  // Readable text: not Chromium's 75% default for extension pages (10.5 px).
  expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');

  const optionsOpened = extension.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Add your first plan' }).click();
  const options = await optionsOpened;
  extension.watchPage(options);
  await expect(options).toHaveURL(`${extension.extensionUrl}options.html#add`);
  await expect(options.getByRole('heading', { name: 'Your plans' })).toBeVisible();
  // Like the real popup, it gets out of the way of the page it opened.
  await expect.poll(() => popup.isClosed()).toBe(true);
});

test('the options page renders plans and privacy', async ({ extension }) => {
  const options = await extension.openOptions();
  await expect(options.getByRole('heading', { name: 'eSIM Keeper', level: 1 })).toBeVisible();
  await expect(options.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await expect(options.getByRole('heading', { name: 'Privacy' })).toBeVisible();
  await expect(options.getByText('Version 0.1.0')).toBeVisible();
});

test('seeded plans appear live in the popup and the toolbar tooltip', async ({ extension }) => {
  const popup = await extension.openPopup();
  await expect(popup.getByRole('heading', { name: 'No plans yet' })).toBeVisible();

  await extension.seedPlans([ROME_ESIM]);

  // Dexie's live query updates the open popup without a reload.
  const list = popup.getByRole('list', { name: 'Your plans' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Rome eSIM');
  await expect(list).toContainText('TIM');
  await expect(list).toContainText('Expires 2 Dec 2026');
  await expect(popup.getByRole('heading', { name: '1 plan' })).toBeVisible();
  expect((await extension.workerState()).toolbarTitle).toBe('eSIM Keeper — 1 plan');
});

test('the content script injects on a TIM page and not on an unrelated site', async ({ extension }) => {
  await extension.serveFixture(`${TIM_TOP_UP}**`, 'carriers/tim/ricarica.html');
  await extension.serveFixture('https://news.example.org/**', 'other/news.html');

  const tim = await extension.openWebPage(TIM_TOP_UP);
  await expect(tim.getByRole('heading', { name: 'Ricarica il tuo numero TIM' })).toBeVisible();
  await expect
    .poll(() => evaluateInContentScript<string>(tim, extension, 'globalThis.eskContentScript?.carrierId'))
    .toBe('tim');
  // The page's own scripts cannot see what the content script keeps in its world.
  expect(await tim.evaluate(() => 'eskContentScript' in globalThis)).toBe(false);

  const news = await extension.openWebPage('https://news.example.org/today');
  await expect(news.getByRole('heading', { name: 'Travel news' })).toBeVisible();
  // Give a content script the time it would need (document_idle) before saying "absent".
  await news.waitForLoadState('load');
  await news.waitForTimeout(300);
  expect(await evaluateInContentScript(news, extension, 'globalThis.eskContentScript')).toBeUndefined();
});

test('plans survive a browser restart', async ({ extension }) => {
  await extension.seedPlans([ROME_ESIM]);
  await extension.relaunch();
  const state = await extension.workerState();
  expect(state.plans).toEqual([ROME_ESIM]);
  expect(state.refreshes).toContain('worker-start');
  const popup = await extension.openPopup();
  await expect(popup.getByRole('list', { name: 'Your plans' })).toContainText('Rome eSIM');
});

test('a plan saved on a page reaches the background and every open view', async ({ extension }) => {
  const popup = await extension.openPopup();
  const options = await extension.openOptions();
  const saved = await options.evaluate(
    (plan) => (globalThis as unknown as { eskPage: { savePlan(p: unknown): Promise<{ ok: boolean }> } }).eskPage.savePlan(plan),
    ROME_ESIM,
  );
  expect(saved.ok).toBe(true);
  // The page told the background (plansChanged): the tooltip counts the plan…
  await expect.poll(async () => (await extension.workerState()).toolbarTitle).toBe('eSIM Keeper — 1 plan');
  expect((await extension.workerState()).refreshes).toContain('plans-changed');
  // …and the other open page shows it without a reload.
  await expect(popup.getByRole('list', { name: 'Your plans' })).toContainText('Rome eSIM');

  const refused = await options.evaluate(
    (plan) => (globalThis as unknown as { eskPage: { savePlan(p: unknown): Promise<unknown> } }).eskPage.savePlan(plan),
    { ...ROME_ESIM, id: 'bad', iccid: '8939104520000123454' },
  );
  expect(refused).toEqual({ ok: false, errors: [{ path: 'iccid', code: 'iccid.checkDigit' }] });
  expect((await extension.workerState()).plans).toHaveLength(1);
});
