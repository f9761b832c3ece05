import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type ExtensionSession } from './harness';
import { endOfLocalDay, localDateTimeToInstant } from '../../src/plans/expiry-input';
import { manyPlans } from '../support/plans';
import { ROME_ESIM } from './sample-plans';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const DAY_MS = 86_400_000;

/** The calendar date in Rome `days` from now, as `<input type="date">` takes it. */
function romeDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() + days * DAY_MS));
}

/** Whole days from now until an instant, as the glance counts "4 days 19 h". */
function wholeDaysUntil(instant: string): number {
  return Math.floor((Date.parse(instant) - Date.now()) / DAY_MS);
}

type Hooks = {
  savePlan(plan: unknown): Promise<{ ok: boolean }>;
  renewPlan(planId: string, channel: string): Promise<boolean>;
  renewalsOf(planId: string): Promise<unknown[]>;
  getPlan(id: string): Promise<Record<string, unknown> | undefined>;
};
const hooks = (page: Page) => ({
  getPlan: (id: string) => page.evaluate((planId) => (globalThis as unknown as { eskPage: Hooks }).eskPage.getPlan(planId), id),
  renewalsOf: (id: string) => page.evaluate((planId) => (globalThis as unknown as { eskPage: Hooks }).eskPage.renewalsOf(planId), id),
  renewPlan: (id: string) => page.evaluate((planId) => (globalThis as unknown as { eskPage: Hooks }).eskPage.renewPlan(planId, 'website'), id),
});

async function openAddForm(extension: ExtensionSession): Promise<Page> {
  const options = await extension.openOptions();
  await options.getByRole('button', { name: 'Add a plan' }).click();
  await expect(options.getByRole('heading', { name: 'New plan' })).toBeFocused();
  return options;
}

async function fillRomePlan(options: Page, expiryDate: string) {
  await options.getByRole('textbox', { name: 'Label', exact: true }).fill('Rome eSIM');
  await options.getByRole('combobox', { name: 'Carrier or eSIM seller' }).selectOption('tim');
  await options.getByLabel('Expiry date').fill(expiryDate);
  await options.getByRole('textbox', { name: 'Phone number' }).fill('333 123 4567');
}

test('a plan added through the form appears in the list and in the popup', async ({ extension }) => {
  const options = await openAddForm(extension);
  await fillRomePlan(options, romeDate(4));
  // TIM pre-fills its country, zone, period and currency; the form says whose clock it uses.
  await expect(options.getByRole('combobox', { name: 'Country' })).toHaveValue('IT');
  await expect(options.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Rome');
  await expect(options.getByRole('spinbutton', { name: 'Renews every' })).toHaveValue('1');
  await expect(options.getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
  await expect(options.getByText('Dates and times here are Rome time.')).toBeVisible();
  await expect(options.getByRole('textbox', { name: 'Own renewal page' })).toHaveAttribute('placeholder', 'https://www.tim.it/ricarica');
  await expect(options.getByLabel('Expiry time')).toHaveValue('23:59');
  await expect(options.getByText('Will be saved as +39 333 123 4567')).toBeVisible();
  await options.getByRole('button', { name: 'Save plan' }).click();

  await expect(options.getByRole('status').filter({ hasText: 'Saved Rome eSIM' })).toBeVisible();
  await expect(options).toHaveURL(/options\.html$/);
  const list = options.getByRole('list', { name: 'Your plans' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Rome eSIM');
  // Back in the list, the focus is on the saved plan's Edit button.
  await expect(options.getByRole('button', { name: 'Edit Rome eSIM' })).toBeFocused();

  const [stored] = (await extension.workerState()).plans as Record<string, unknown>[];
  const expectedExpiry = localDateTimeToInstant(`${romeDate(4)}T23:59`, 'Europe/Rome');
  expect(stored).toMatchObject({
    label: 'Rome eSIM',
    carrierId: 'tim',
    country: 'IT',
    timeZone: 'Europe/Rome',
    phoneNumber: '+393331234567',
    period: { count: 1, unit: 'month' },
    expiryPrecision: 'instant',
    expiresAt: expectedExpiry,
  });

  const popup = await extension.openPopup();
  const popupList = popup.getByRole('list', { name: 'Your plans' });
  await expect(popupList).toContainText('Rome eSIM');
  await expect(popupList).toContainText(`${wholeDaysUntil(expectedExpiry)} days`);
  await expect(popupList).toContainText('+39 333 ••• 4567');
});

test('editing a plan changes what the popup shows', async ({ extension }) => {
  const options = await extension.openOptions();
  const expiresAt = new Date(Date.now() + 10 * DAY_MS).toISOString();
  await extension.seedPlans([{ ...ROME_ESIM, expiresAt }]);
  const popup = await extension.openPopup();
  await expect(popup.getByRole('list', { name: 'Your plans' })).toContainText(`${wholeDaysUntil(expiresAt)} days`);

  await options.getByRole('button', { name: 'Edit Rome eSIM' }).click();
  await expect(options).toHaveURL(/#plan=plan-rome$/);
  await expect(options.getByRole('heading', { name: 'Edit Rome eSIM' })).toBeFocused();
  await options.getByRole('textbox', { name: 'Label', exact: true }).fill('Roma TIM');
  await options.getByLabel('Expiry date').fill(romeDate(2));
  await options.getByLabel('I only know the date').check();
  await expect(options.getByLabel('Expiry time')).toHaveCount(0);
  await options.getByRole('button', { name: 'Save plan' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved Roma TIM' })).toBeVisible();

  const newExpiry = endOfLocalDay(romeDate(2), 'Europe/Rome');
  const stored = (await extension.workerState()).plans[0] as Record<string, unknown>;
  expect(stored).toMatchObject({ label: 'Roma TIM', expiryPrecision: 'day', expiresAt: newExpiry });
  // The open popup follows live.
  const popupList = popup.getByRole('list', { name: 'Your plans' });
  await expect(popupList).toContainText('Roma TIM');
  await expect(popupList).toContainText(`${wholeDaysUntil(newExpiry)} days`);
});

test('a wrong ICCID shows the check-digit message and saves nothing', async ({ extension }) => {
  const options = await openAddForm(extension);
  await fillRomePlan(options, romeDate(4));
  const iccid = options.getByRole('textbox', { name: 'ICCID' });
  await iccid.fill('8939104520000000001');
  await iccid.blur();
  const checkDigit = /fails its check digit/;
  await expect(options.locator('#plan-iccid-error')).toHaveText(checkDigit);
  await expect(iccid).toHaveAttribute('aria-invalid', 'true');
  await expect(iccid).toHaveAttribute('aria-describedby', /plan-iccid-error/);

  await options.getByRole('button', { name: 'Save plan' }).click();
  const summary = options.locator('.form-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is 1 problem to fix');
  await summary.getByRole('link', { name: /ICCID/ }).click();
  await expect(iccid).toBeFocused();
  // What was typed stays; nothing was stored.
  await expect(iccid).toHaveValue('8939104520000000001');
  await expect(options.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Rome eSIM');
  expect((await extension.workerState()).plans).toEqual([]);

  // Cancel asks before throwing away what was typed.
  await options.getByRole('button', { name: 'Cancel' }).click();
  const discard = options.getByRole('dialog', { name: 'Discard changes?' });
  await expect(discard).toBeVisible();
  await expect(discard.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await options.getByRole('button', { name: 'Cancel' }).click();
  await options.getByRole('button', { name: 'Discard' }).click();
  await expect(options.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
});

test('delete asks first, and Undo brings the plan back with its history', async ({ extension }) => {
  const options = await extension.openOptions();
  // A period, so the plan can be renewed and has history to lose.
  await extension.seedPlans([{ ...ROME_ESIM, period: { count: 1, unit: 'month' } }]);
  const page = hooks(options);
  expect(await page.renewPlan('plan-rome')).toBe(true);
  const planBefore = await page.getPlan('plan-rome');
  const historyBefore = await page.renewalsOf('plan-rome');
  expect(historyBefore).toHaveLength(1);

  await options.getByRole('button', { name: 'Delete Rome eSIM' }).click();
  const dialog = options.getByRole('dialog', { name: 'Delete Rome eSIM and its renewal history?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete' }).click();

  await expect(options.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await expect(options.getByRole('status').filter({ hasText: 'Deleted Rome eSIM' })).toBeVisible();
  expect(await page.renewalsOf('plan-rome')).toEqual([]);
  const undo = options.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  // Still there after ten seconds, for whoever needs the time to reach it.
  await options.waitForTimeout(10_500);
  await expect(undo).toBeVisible();
  await undo.click();

  await expect(options.getByRole('list', { name: 'Your plans' })).toContainText('Rome eSIM');
  await expect(options.getByRole('status').filter({ hasText: 'Restored Rome eSIM' })).toBeVisible();
  expect(await page.getPlan('plan-rome')).toEqual(planBefore);
  expect(await page.renewalsOf('plan-rome')).toEqual(historyBefore);
});

test('#plan=<id> opens that plan’s form; an unknown id says so', async ({ extension }) => {
  await extension.seedPlans([ROME_ESIM]);
  const options = await extension.openExtensionPage('options.html#plan=plan-rome', { width: 1100, height: 900 });
  await expect(options.getByRole('heading', { name: 'Edit Rome eSIM' })).toBeVisible();
  await expect(options.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Rome eSIM');
  await expect(options.getByLabel('Expiry date')).toHaveValue('2026-12-02');
  await expect(options.getByLabel('Expiry time')).toHaveValue('13:00');

  // The hash changing while the page is open switches the form too.
  await options.evaluate(() => {
    location.hash = 'plan=no-such-plan';
  });
  await expect(options.getByText('This plan no longer exists — it may have been deleted.')).toBeVisible();
  await options.getByRole('button', { name: 'Back to your plans' }).click();
  await expect(options.getByRole('list', { name: 'Your plans' })).toContainText('Rome eSIM');
  await expect(options).toHaveURL(/options\.html$/);

  await options.evaluate(() => {
    location.hash = 'add';
  });
  await expect(options.getByRole('heading', { name: 'New plan' })).toBeVisible();
});

test('the activation code stays masked until shown, and its QR code opens in a dialog', async ({ extension }) => {
  const code = 'LPA:1$smdp.example.com$K2-ABCDEF-123456';
  await extension.seedPlans([{ ...ROME_ESIM, activationCode: code }]);
  const options = await extension.openExtensionPage('options.html#plan=plan-rome', { width: 1100, height: 900 });
  const field = options.locator('#plan-activationCode');
  await expect(field).toHaveValue(code);
  await expect(field).toHaveAttribute('type', 'password');
  const show = options.getByRole('button', { name: 'Show activation code' });
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(field).toHaveAttribute('type', 'text');

  await options.getByRole('button', { name: 'Show QR code' }).click();
  const dialog = options.getByRole('dialog', { name: 'Activation QR code' });
  await expect(dialog).toContainText('Scanning this code installs the eSIM');
  await expect(dialog.getByRole('img', { name: 'QR code of the activation code' })).toBeVisible();
  expect(await dialog.locator('svg path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  await options.screenshot({ path: '/tmp/form-qr.png' });
  expect(await violations(options)).toEqual([]);
  await options.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(options.getByRole('button', { name: 'Show QR code' })).toBeFocused();

  // A code that is no LPA string gets its message instead of a QR code.
  await field.fill('hello');
  await options.getByRole('button', { name: 'Show QR code' }).click();
  await expect(options.locator('#plan-activationCode-error')).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('a plan can be added with the keyboard alone', async ({ extension }) => {
  const options = await extension.openOptions();
  await expect(options.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  const add = options.getByRole('button', { name: 'Add a plan' });
  // Tab from the top of the page to "Add a plan".
  for (let presses = 0; presses < 10 && !(await add.evaluate((button) => button === document.activeElement)); presses += 1) {
    await options.keyboard.press('Tab');
  }
  await expect(add).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.getByRole('heading', { name: 'New plan' })).toBeFocused();
  await options.keyboard.press('Tab');
  await expect(options.getByRole('textbox', { name: 'Label', exact: true })).toBeFocused();
  await options.keyboard.type('Baku SIM');
  await options.keyboard.press('Tab');
  await expect(options.getByRole('combobox', { name: 'Carrier or eSIM seller' })).toBeFocused();
  // A closed <select> takes the arrow keys: down through the list to Azercell.
  await options.getByRole('combobox', { name: 'Carrier or eSIM seller' }).press('a');
  await expect(options.getByRole('combobox', { name: 'Carrier or eSIM seller' })).toHaveValue('azercell');
  await expect(options.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Baku');
  // Straight to the expiry date: Tab past country, zone and plan name.
  const expiry = options.getByLabel('Expiry date');
  for (let presses = 0; presses < 8 && !(await expiry.evaluate((input) => input === document.activeElement)); presses += 1) {
    await options.keyboard.press('Tab');
  }
  await expect(expiry).toBeFocused();
  // Chromium's date field here reads en-US: month, day, year.
  const [year, month, day] = romeDate(5).split('-');
  await options.keyboard.type(`${month}${day}${year}`);
  await expect(expiry).toHaveValue(romeDate(5));
  await options.getByRole('button', { name: 'Save plan' }).focus();
  await options.keyboard.press('Enter');
  await expect(options.getByRole('status').filter({ hasText: 'Saved Baku SIM' })).toBeVisible();
  await expect(options.getByRole('button', { name: 'Edit Baku SIM' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ extensionLaunch: { colorScheme } });

    test('the plans list, the form with its errors and the delete dialog have no accessibility violations', async ({ extension }) => {
      await extension.seedPlans([ROME_ESIM, { ...ROME_ESIM, id: 'old', label: 'Old Baku SIM', archived: true }]);
      const options = await extension.openOptions();
      await expect(options.getByRole('list', { name: 'Your plans' })).toContainText('Rome eSIM');
      await options.getByText('Archived (1)').click();
      await expect(options.getByRole('button', { name: 'Restore Old Baku SIM' })).toBeVisible();
      expect(await violations(options)).toEqual([]);
      await options.screenshot({ path: `/tmp/form-list-${colorScheme}.png`, fullPage: true });

      await options.getByRole('button', { name: 'Delete Rome eSIM' }).click();
      await expect(options.getByRole('dialog')).toBeVisible();
      expect(await violations(options)).toEqual([]);
      await options.keyboard.press('Escape');
      await expect(options.getByRole('button', { name: 'Delete Rome eSIM' })).toBeFocused();

      await options.getByRole('button', { name: 'Add a plan' }).click();
      await options.getByRole('textbox', { name: 'ICCID' }).fill('123');
      await options.getByRole('button', { name: 'Save plan' }).click();
      await expect(options.locator('.form-error-summary')).toBeFocused();
      expect(await violations(options)).toEqual([]);
      await options.screenshot({ path: `/tmp/form-errors-${colorScheme}.png`, fullPage: true });
    });
  });
}

test('an archived plan leaves the list and comes back with Restore', async ({ extension }) => {
  await extension.seedPlans([ROME_ESIM]);
  const options = await extension.openExtensionPage('options.html#plan=plan-rome', { width: 1100, height: 900 });
  await options.getByRole('button', { name: 'Archive' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Archived Rome eSIM' })).toBeVisible();
  await expect(options.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await options.getByText('Archived (1)').click();
  await options.getByRole('button', { name: 'Restore Rome eSIM' }).click();
  await expect(options.getByRole('list', { name: 'Your plans' })).toContainText('Rome eSIM');
  expect(((await extension.workerState()).plans[0] as { archived: boolean }).archived).toBe(false);
});

test('the options page holds still while its plans, and the form its address asks for, arrive', async ({ extension }) => {
  await extension.seedPlans(manyPlans(6, new Date()));
  await extension.recordLayoutShifts();

  const options = await extension.openOptions();
  await expect(options.getByRole('list', { name: 'Your plans' })).toContainText('Trip line 6');
  // The sections below wait unseen only until the list is in.
  await expect(options.getByRole('heading', { name: 'Reminders', exact: true })).toBeVisible();
  await expect(options.getByRole('button', { name: 'Add a plan' })).toBeVisible();
  expect(await extension.layoutShiftsOf(options), 'the list').toEqual([]);

  const form = await extension.openExtensionPage('options.html#plan=plan-1', { width: 1100, height: 900 });
  await expect(form.getByRole('heading', { name: 'Edit Trip line 2' })).toBeFocused();
  await expect(form.getByRole('heading', { name: 'Reminders', exact: true })).toBeVisible();
  expect(await extension.layoutShiftsOf(form), 'the form').toEqual([]);
});
