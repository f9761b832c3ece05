import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * The settings row as IndexedDB holds it, read from an extension page with the plain
 * IndexedDB API (the database the store writes, not the UI's idea of it).
 */
function storedSettings(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('esim-keeper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('settings').objectStore('settings').get('settings');
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            resolve((read.result as { value?: Record<string, unknown> } | undefined)?.value);
          };
        };
      }),
  );
}

test('lead times and the reminder time are stored, tell the background, and survive a reload', async ({ extension }) => {
  const options = await extension.openOptions();
  const reminders = options.getByRole('region', { name: 'Reminders' });
  const before = reminders.getByRole('group', { name: 'Before a plan expires' });
  await expect(before.getByRole('listitem')).toHaveText(['7 days before', '3 days before', '1 day before', 'At expiry']);

  await before.getByLabel('Days before expiry').fill('14');
  await before.getByRole('button', { name: 'Add reminder' }).click();
  await expect(before.getByRole('listitem').first()).toHaveText('14 days before');
  await before.getByRole('button', { name: 'Remove reminder: 3 days before' }).click();
  await expect(before.getByRole('listitem')).toHaveText(['14 days before', '7 days before', '1 day before', 'At expiry']);
  await reminders.getByLabel('Reminder time').fill('07:30');
  await expect(reminders.getByRole('status')).toHaveText('Saved');

  await expect.poll(() => storedSettings(options)).toMatchObject({
    reminderLeadTimes: [{ daysBefore: 14 }, { daysBefore: 7 }, { daysBefore: 1 }, 'atExpiry'],
    reminderTime: '07:30',
    language: 'browser',
  });
  // Every save told the background (a Dexie write alone does not wake it).
  expect((await extension.workerState()).refreshes).toContain('settings-changed');
  // The live example follows the reminder time.
  await expect(reminders.getByText(/, 07:30$/).first()).toBeVisible();

  await options.reload();
  await expect(before.getByRole('listitem')).toHaveText(['14 days before', '7 days before', '1 day before', 'At expiry']);
  await expect(reminders.getByLabel('Reminder time')).toHaveValue('07:30');
});

test('a duplicate or out-of-range reminder is refused with a message and stores nothing', async ({ extension }) => {
  const options = await extension.openOptions();
  const before = options.getByRole('group', { name: 'Before a plan expires' });
  const days = before.getByLabel('Days before expiry');
  await days.fill('7');
  await days.press('Enter');
  await expect(before.getByText('You already have the reminder “7 days before”.')).toBeVisible();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await days.fill('120');
  await days.press('Enter');
  await expect(before.getByText('Reminders can be 1 to 90 days before.')).toBeVisible();
  expect(await storedSettings(options)).toBeUndefined();
});

test('choosing Italiano switches the page at once, then the popup and the toolbar; following the browser switches back', async ({ extension }) => {
  const options = await extension.openOptions();
  const language = options.getByRole('region', { name: 'Language' });
  await language.getByRole('radio', { name: 'Italiano' }).check();

  // No reload: the same page re-renders in Italian, dates in the live example too.
  await expect(options.getByRole('heading', { name: 'Promemoria', level: 2 })).toBeVisible();
  await expect(options.getByRole('heading', { name: 'I tuoi piani' })).toBeVisible();
  await expect(options.getByRole('heading', { name: 'Lingua' })).toBeVisible();
  await expect(options.getByText(/^Per un piano che scade/)).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('lang', 'it');
  await expect.poll(() => storedSettings(options)).toMatchObject({ language: 'it' });

  const popup = await extension.openPopup();
  await expect(popup.getByRole('heading', { name: 'Ancora nessun piano' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'it');
  await expect.poll(async () => (await extension.workerState()).toolbarTitle).toBe('eSIM Keeper — nessun piano');
  await popup.close();

  await options.getByRole('radio', { name: 'Come il browser (predefinito)' }).check();
  await expect(options.getByRole('heading', { name: 'Reminders', level: 2 })).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('lang', 'en-GB');
  const englishPopup = await extension.openPopup();
  await expect(englishPopup.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await expect.poll(async () => (await extension.workerState()).toolbarTitle).toBe('eSIM Keeper — no plans yet');
});

test('a language chosen in one page reaches an options page already open, and a reload starts in it', async ({ extension }) => {
  const first = await extension.openOptions();
  const second = await extension.openOptions();
  await first.getByRole('radio', { name: '简体中文' }).check();
  await expect(second.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(second.getByRole('heading', { name: '提醒', level: 2 })).toBeVisible();
  await second.reload();
  await expect(second.getByRole('heading', { name: '提醒', level: 2 })).toBeVisible();
});

test('both sections work from the keyboard alone', async ({ extension }) => {
  const options = await extension.openOptions();
  await expect(options.getByRole('heading', { name: 'Reminders', level: 2 })).toBeVisible();
  const nav = options.getByRole('navigation', { name: 'Sections' });
  // From the top of the page: Tab to the contents list's "Reminders" and follow it.
  for (let step = 0; step < 10 && !(await nav.getByRole('link', { name: 'Reminders' }).evaluate((link) => link === document.activeElement)); step += 1) {
    await options.keyboard.press('Tab');
  }
  await options.keyboard.press('Enter');
  await options.keyboard.press('Tab');
  await expect(options.getByRole('button', { name: 'Remove reminder: 7 days before' })).toBeFocused();
  await options.keyboard.press('Enter');
  const before = options.getByRole('group', { name: 'Before a plan expires' });
  await expect(before.getByRole('listitem')).toHaveText(['3 days before', '1 day before', 'At expiry']);
  // Focus moved to the field for a new one; type and press Enter.
  await expect(before.getByLabel('Days before expiry')).toBeFocused();
  await options.keyboard.type('10');
  await options.keyboard.press('Enter');
  await expect(before.getByRole('listitem')).toHaveText(['10 days before', '3 days before', '1 day before', 'At expiry']);

  // On to the quiet hours checkbox, switched on with the space bar.
  const quiet = options.getByLabel('Hold reminders during quiet hours');
  for (let step = 0; step < 12 && !(await quiet.evaluate((box) => box === document.activeElement)); step += 1) {
    await options.keyboard.press('Tab');
  }
  await expect(quiet).toBeFocused();
  const ring = await quiet.evaluate((box) => getComputedStyle(box).outlineStyle);
  expect(ring).not.toBe('none');
  await options.keyboard.press('Space');
  await expect(quiet).toBeChecked();

  // The language radios: Tab into the group, arrows choose.
  const follow = options.getByRole('radio', { name: 'Follow the browser (default)' });
  for (let step = 0; step < 25 && !(await follow.evaluate((radio) => radio === document.activeElement)); step += 1) {
    await options.keyboard.press('Tab');
  }
  await expect(follow).toBeFocused();
  await options.keyboard.press('ArrowDown');
  await options.keyboard.press('ArrowDown');
  await expect(options.getByRole('radio', { name: 'Italiano' })).toBeChecked();
  await expect(options.getByRole('heading', { name: 'Lingua' })).toBeVisible();
  // The re-render keeps the focus where it was.
  await expect(options.getByRole('radio', { name: 'Italiano' })).toBeFocused();
  await expect.poll(() => storedSettings(options)).toMatchObject({
    language: 'it',
    quietHours: { enabled: true, start: '22:00', end: '08:00' },
    reminderLeadTimes: [{ daysBefore: 10 }, { daysBefore: 3 }, { daysBefore: 1 }, 'atExpiry'],
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ extensionLaunch: { colorScheme } });

    test('the reminders and language sections have no accessibility violations, also showing an error', async ({ extension }) => {
      const options = await extension.openOptions();
      await expect(options.getByRole('heading', { name: 'Reminders', level: 2 })).toBeVisible();
      await options.getByLabel('Hold reminders during quiet hours').check();
      await options.getByLabel(/Remind me every day after a plan has expired/).check();
      const days = options.getByLabel('Days before expiry');
      await days.fill('1');
      await days.press('Enter');
      await expect(options.getByText('You already have the reminder “1 day before”.')).toBeVisible();
      expect(await violations(options)).toEqual([]);
      await options.locator('#reminders').screenshot({ path: `test-results/settings-reminders-${colorScheme}.png` });

      await options.getByRole('radio', { name: 'Azərbaycanca' }).check();
      await expect(options.getByRole('heading', { name: 'Xatırlatmalar', level: 2 })).toBeVisible();
      expect(await violations(options)).toEqual([]);
      await options.locator('#language').screenshot({ path: `test-results/settings-language-az-${colorScheme}.png` });
    });
  });
}
