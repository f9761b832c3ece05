import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { ROME_ESIM } from './sample-plans';


async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ extensionLaunch: { colorScheme } });

    test('the popup has no accessibility violations, empty and with plans', async ({ extension }) => {
      const popup = await extension.openPopup();
      await expect(popup.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
      expect(await violations(popup)).toEqual([]);
      await extension.seedPlans([ROME_ESIM]);
      await expect(popup.getByRole('list', { name: 'Your plans' })).toBeVisible();
      expect(await violations(popup)).toEqual([]);
    });

    test('the options page has no accessibility violations', async ({ extension }) => {
      const options = await extension.openOptions();
      await expect(options.getByRole('heading', { name: 'Privacy' })).toBeVisible();
      expect(await violations(options)).toEqual([]);
    });
  });
}

test('the popup works from the keyboard alone', async ({ extension }) => {
  const popup = await extension.openPopup();
  await expect(popup.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Open settings' })).toBeFocused();
  await popup.keyboard.press('Tab');
  const addPlan = popup.getByRole('button', { name: 'Add your first plan' });
  await expect(addPlan).toBeFocused();
  // The focus ring is visible (not removed by our styles).
  const outline = await addPlan.evaluate((button) => getComputedStyle(button).outlineStyle);
  expect(outline).not.toBe('none');
  const optionsOpened = extension.context.waitForEvent('page');
  // The popup closes itself as the options page opens, so the key-up may find it gone.
  await popup.keyboard.press('Enter').catch((error: unknown) => {
    if (!popup.isClosed()) throw error;
  });
  const options = await optionsOpened;
  extension.watchPage(options);
  await expect(options).toHaveURL(/options\.html#add$/);
});
