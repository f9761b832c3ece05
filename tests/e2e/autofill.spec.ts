/**
 * Form filling with the built extension in real Chromium: the content script recognises the
 * renewal form on each fixture page (served at its real carrier address), offers the prompt
 * iframe, and a click on its button fills the page from a seeded plan. Also the shortcut,
 * the popup's "Fill this page", turning the prompt off, and what a hostile page can see.
 */
import type { Frame, Page } from '@playwright/test';
import { bringToFillState, valuesIn } from '../support/autofill-in-chromium';
import { fixtureExpectations, type FixtureExpectation } from '../support/fixture-expectations';
import { TEST_VALUES } from '../support/fill-test-values';
import { aPlan } from '../support/plans';
import { E2E_OTHER_SITE } from '../../src/manifest/permissions';
import { evaluateInContentScript, expect, POPUP_VIEWPORT, test, type ExtensionSession } from './harness';

/** A plan whose fill values are TEST_VALUES[values] (what every expected file is written for). */
function planFor(carrierId: string, values: 'IT' | 'AZ', overrides: Record<string, unknown> = {}) {
  const test = TEST_VALUES[values];
  return aPlan({
    id: `plan-${carrierId}`,
    label: values === 'IT' ? 'Rome eSIM' : 'Baku SIM',
    carrierId,
    timeZone: values === 'IT' ? 'Europe/Rome' : 'Asia/Baku',
    phoneNumber: test.phone!.international,
    email: test.email,
    topUpAmount: test.amount!.value,
    holderName: test.name!.full,
    ...overrides,
  });
}

/** The prompt's frame inside the page (its host has a closed shadow root, so by frame URL). */
async function promptFrame(page: Page, extension: ExtensionSession): Promise<Frame> {
  const prompt = `${extension.extensionUrl}prompt.html`;
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(prompt)), { timeout: 10_000 }).toBe(true);
  return page.frames().find((frame) => frame.url().startsWith(prompt))!;
}

async function clickWhenSeen(frame: Frame, name: string | RegExp): Promise<void> {
  const button = frame.getByRole('button', { name });
  // The button ignores clicks until it has been visible, unobstructed, for a moment.
  await expect(button).not.toHaveAttribute('aria-disabled', 'true');
  await button.click();
}

async function openFixture(extension: ExtensionSession, fixture: FixtureExpectation): Promise<Page> {
  await extension.serveFixture(`${fixture.url.split('#')[0]}`, fixture.file);
  const page = await extension.openWebPage(fixture.url);
  await bringToFillState(page, fixture);
  return page;
}

for (const fixture of fixtureExpectations().filter((each) => each.carrierId !== null)) {
  test(`${fixture.file}: the prompt fills the form, and nothing that must stay empty`, async ({ extension }) => {
    await extension.seedPlans([planFor(fixture.carrierId!, fixture.values)]);
    const page = await openFixture(extension, fixture);
    const before = await valuesIn(page, fixture.mustStayEmpty);
    const frame = await promptFrame(page, extension);
    await clickWhenSeen(frame, fixture.values === 'IT' ? 'Fill with Rome eSIM' : 'Fill with Baku SIM');
    await expect(frame.getByRole('status')).toContainText(/filled — review and pay/);
    expect(await valuesIn(page, Object.keys(fixture.expectedFill))).toEqual(fixture.expectedFill);
    expect(await valuesIn(page, fixture.mustStayEmpty)).toEqual(before);
  });
}

const TIM = fixtureExpectations().find((fixture) => fixture.file === 'carriers/tim/ricarica.html')!;

test('the page cannot read the prompt, the plan, or anything beyond the filled values', async ({ extension }) => {
  await extension.seedPlans([planFor('tim', 'IT', { iccid: '8939104520000123458', notes: 'Nonna’s line' })]);
  const page = await openFixture(extension, TIM);
  const frame = await promptFrame(page, extension);
  await expect(frame.getByRole('button', { name: 'Fill with Rome eSIM' })).toBeVisible();
  const seenByPage = await page.evaluate(() => {
    const host = document.querySelector('[data-esim-keeper]') as HTMLElement | null;
    const frame = document.querySelector('iframe');
    return {
      host: host?.getAttribute('data-esim-keeper'),
      shadowRoot: host?.shadowRoot ?? null,
      framesInLightDom: frame === null ? 0 : 1,
      text: document.documentElement.outerHTML,
    };
  });
  expect(seenByPage).toMatchObject({ host: 'prompt', shadowRoot: null, framesInLightDom: 0 });
  expect(seenByPage.text).not.toContain('Rome eSIM');
  await clickWhenSeen(frame, 'Fill with Rome eSIM');
  await expect(frame.getByRole('status')).toHaveText('Number, amount and e-mail filled — review and pay.');
  const after = await page.evaluate(() => document.documentElement.outerHTML + JSON.stringify(Object.keys(globalThis)));
  for (const secret of ['Rome eSIM', '8939104520000123458', 'Nonna']) expect(after).not.toContain(secret);
});

test('a tampered HTMLInputElement.prototype in the page sees none of the values', async ({ extension }) => {
  const fixture = fixtureExpectations().find((each) => each.file === 'hostile/tampered-prototype.html')!;
  await extension.seedPlans([planFor('vodafone-it', 'IT')]);
  const page = await openFixture(extension, fixture);
  await clickWhenSeen(await promptFrame(page, extension), 'Fill with Rome eSIM');
  await expect.poll(() => valuesIn(page, Object.keys(fixture.expectedFill))).toEqual(fixture.expectedFill);
  expect(await page.evaluate(() => (globalThis as unknown as { stolen: unknown[] }).stolen)).toEqual([]);
});

test('no prompt without a plan of that carrier; "Not now" closes it; "Don’t offer" is remembered', async ({ extension }) => {
  await extension.seedPlans([planFor('vodafone-it', 'IT')]);
  const page = await openFixture(extension, TIM);
  await expect.poll(() => evaluateOffer(page, extension)).toBe(false);
  expect(await page.locator('[data-esim-keeper]').count()).toBe(0);

  await extension.seedPlans([planFor('tim', 'IT')]);
  await page.reload();
  let frame = await promptFrame(page, extension);
  await frame.getByRole('button', { name: 'Not now' }).click();
  await expect.poll(() => page.locator('[data-esim-keeper]').count()).toBe(0);

  await page.reload();
  frame = await promptFrame(page, extension);
  await frame.getByRole('button', { name: "Don't offer on TIM's site" }).click();
  await expect.poll(() => page.locator('[data-esim-keeper]').count()).toBe(0);
  await expect.poll(async () => ((await extension.workerState()).settings as { fillPromptOff?: string[] })?.fillPromptOff).toEqual(['tim']);
  await page.reload();
  await expect.poll(() => evaluateOffer(page, extension)).toBe(false);
  expect(await page.locator('[data-esim-keeper]').count()).toBe(0);

  // The options page lists it, and turns it back on.
  const options = await extension.openOptions();
  const filling = options.getByRole('region', { name: 'Filling top-up forms' });
  await expect(filling.getByRole('list', { name: 'The prompt is turned off on these sites:' })).toContainText('TIM');
  await filling.getByRole('button', { name: "Offer again on TIM's site" }).click();
  await expect(filling.getByText("The prompt is offered on every carrier's site.")).toBeVisible();
  await expect.poll(async () => ((await extension.workerState()).settings as { fillPromptOff?: string[] })?.fillPromptOff).toEqual([]);
  await page.reload();
  await promptFrame(page, extension);
});

test('the shortcut fills the carrier’s most urgent plan and says so in the page', async ({ extension }) => {
  await extension.seedPlans([planFor('tim', 'IT')]);
  const page = await openFixture(extension, TIM);
  await promptFrame(page, extension);
  const outcome = await extension.serviceWorker.evaluate(
    (url) => (globalThis as unknown as { eskTest: { pressFillShortcut(u: string): Promise<unknown> } }).eskTest.pressFillShortcut(url),
    'https://www.tim.it/*',
  );
  expect(outcome).toMatchObject({ filled: ['tel', 'tel-confirm', 'transaction-amount', 'email'] });
  expect(await valuesIn(page, ['#msisdn', '#email'])).toEqual({ '#msisdn': '3331234567', '#email': 'viaggiatore@example.com' });
  // The toast is in a closed shadow root, out of Playwright's reach: read what a screen
  // reader gets, Chromium's accessibility tree.
  await expect.poll(() => statusTexts(page)).toContain('Number, amount and e-mail filled — review and pay.');
});

/** The text of every `status` live region in the page, as the browser's accessibility tree has it. */
async function statusTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; childIds?: string[]; nodeId: string; name?: { value?: string } }[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const textOf = (node: (typeof nodes)[number]): string =>
      node.role?.value === 'StaticText' ? (node.name?.value ?? '') : (node.childIds ?? []).map((id) => byId.get(id)).filter((child) => child !== undefined).map(textOf).join('');
    return nodes.filter((node) => node.role?.value === 'status').map(textOf);
  } finally {
    await cdp.detach();
  }
}

test('a field that lies under our own prompt is filled all the same', async ({ extension }) => {
  await extension.seedPlans([planFor('tim', 'IT')]);
  const page = await openFixture(extension, TIM);
  // A small window: the prompt at the bottom right covers the e-mail field.
  await page.setViewportSize({ width: 500, height: 300 });
  const frame = await promptFrame(page, extension);
  const covered = await page.evaluate(() => {
    const rect = document.querySelector('#email')!.getBoundingClientRect();
    return document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)?.id !== 'email';
  });
  expect(covered, 'the prompt covers the e-mail field').toBe(true);
  await clickWhenSeen(frame, 'Fill with Rome eSIM');
  await expect.poll(() => page.locator('#email').inputValue()).toBe('viaggiatore@example.com');
});

test('what the person typed is kept, until they ask to replace it', async ({ extension }) => {
  await extension.seedPlans([planFor('tim', 'IT')]);
  const page = await openFixture(extension, TIM);
  await page.locator('#email').fill('mine@example.org');
  const frame = await promptFrame(page, extension);
  await clickWhenSeen(frame, 'Fill with Rome eSIM');
  await expect(frame.getByRole('status')).toHaveText('Number and amount filled — review and pay. Kept what was already typed: e-mail.');
  expect(await page.locator('#email').inputValue()).toBe('mine@example.org');
  await clickWhenSeen(frame, 'Replace what was typed');
  await expect.poll(() => page.locator('#email').inputValue()).toBe('viaggiatore@example.com');
});

test('the popup’s "Fill this page" fills a carrier page, and a site outside the registry', async ({ extension }) => {
  await extension.seedPlans([planFor('tim', 'IT'), planFor('azercell', 'AZ', { label: 'Baku SIM' })]);
  const tim = await openFixture(extension, TIM);
  const timTab = await tabIdOf(extension, 'https://www.tim.it/*');
  const popup = await extension.openExtensionPage(`popup.html?e2eFillTab=${timTab}`, POPUP_VIEWPORT);
  await popup.getByRole('button', { name: 'Fill this page' }).click();
  // On TIM's site only TIM's plans.
  const choices = popup.getByRole('region', { name: 'Fill the page with which plan?' }).getByRole('button');
  await expect(choices).toHaveText(['Fill with Rome eSIM']);
  await choices.first().click();
  await expect(popup.getByRole('status').last()).toHaveText('Number, amount and e-mail filled — review and pay.');
  expect(await valuesIn(tim, ['#msisdn'])).toEqual({ '#msisdn': '3331234567' });

  // A shop outside the registry (granted to the e2e build only; activeTab does it in use).
  const shopOrigin = new URL(E2E_OTHER_SITE.replace(/\*$/, '')).origin;
  await extension.serveFixture(`${shopOrigin}/**`, 'other/top-up-shop.html');
  const shop = await extension.openWebPage(`${shopOrigin}/top-up`);
  const shopTab = await tabIdOf(extension, E2E_OTHER_SITE);
  const popup2 = await extension.openExtensionPage(`popup.html?e2eFillTab=${shopTab}`, POPUP_VIEWPORT);
  await popup2.getByRole('button', { name: 'Fill this page' }).click();
  await popup2.getByRole('button', { name: 'Fill with Baku SIM' }).click();
  await expect(popup2.getByRole('status').last()).toContainText('filled — review and pay.');
  expect(await shop.locator('#phone').inputValue()).toBe('+994501234567');
  expect(await shop.locator('#email').inputValue()).toBe('seyahet@example.com');
});

async function tabIdOf(extension: ExtensionSession, pattern: string): Promise<number> {
  const id = await extension.serviceWorker.evaluate(
    (url) => (globalThis as unknown as { eskTest: { tabIdOf(u: string): Promise<number | undefined> } }).eskTest.tabIdOf(url),
    pattern,
  );
  if (id === undefined) throw new Error(`no tab at ${pattern}`);
  return id;
}

/** Whether the content script was told to offer the prompt (read in its isolated world). */
async function evaluateOffer(page: Page, extension: ExtensionSession): Promise<boolean | undefined> {
  return evaluateInContentScript<boolean>(page, extension, 'globalThis.eskContentScript?.offerPrompt');
}

/** axe-core run inside the prompt's frame (AxeBuilder cannot reach a frame in a closed shadow root). */
async function frameViolations(frame: Frame): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const { createRequire } = await import('node:module');
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(source);
  return frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ extensionLaunch: { colorScheme } });

    test('the prompt has no accessibility violations, with one plan, with several, and after a fill', async ({ extension }) => {
      await extension.seedPlans([planFor('tim', 'IT')]);
      const page = await openFixture(extension, TIM);
      let frame = await promptFrame(page, extension);
      await expect(frame.getByRole('button', { name: 'Fill with Rome eSIM' })).toBeVisible();
      expect(await frameViolations(frame)).toEqual([]);
      await clickWhenSeen(frame, 'Fill with Rome eSIM');
      await expect(frame.getByRole('status')).toContainText('review and pay');
      expect(await frameViolations(frame)).toEqual([]);

      await extension.seedPlans([planFor('tim', 'IT', { id: 'plan-milan', label: 'Milan SIM', phoneNumber: '+393471234567' })]);
      await page.reload();
      frame = await promptFrame(page, extension);
      await expect(frame.getByRole('combobox', { name: 'Plan' })).toBeVisible();
      expect(await frameViolations(frame)).toEqual([]);
    });
  });
}

test('the prompt works from the keyboard alone', async ({ extension }) => {
  await extension.seedPlans([planFor('tim', 'IT')]);
  const page = await openFixture(extension, TIM);
  const frame = await promptFrame(page, extension);
  const fill = frame.getByRole('button', { name: 'Fill with Rome eSIM' });
  await expect(fill).not.toHaveAttribute('aria-disabled', 'true');
  // Tab through the page's own fields into the prompt, as a keyboard user does.
  for (let presses = 0; presses < 20 && !(await fill.evaluate((button) => button === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(fill).toBeFocused();
  const outline = await fill.evaluate((button) => getComputedStyle(button).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('status')).toHaveText('Number, amount and e-mail filled — review and pay.');
  expect(await page.locator('#msisdn').inputValue()).toBe('3331234567');
});
