/**
 * `npm run screenshots`: PNGs of the popup and the options page — plans, the add/edit
 * form, reminders, history and backup — in English and Chinese, light and dark, into
 * docs/screenshots/ (shown in the README). Needs `npm run build:e2e`. Look at them after
 * a UI change.
 */
import { mkdir } from 'node:fs/promises';
import type { Frame, Page } from 'playwright';
import path from 'node:path';
import { aPlan } from '../tests/support/plans';
import { ExtensionSession, type LaunchOptions } from '../tests/e2e/extension-session';

const OUT = path.resolve(import.meta.dirname, '../docs/screenshots');

const day = 24 * 60 * 60 * 1000;
const SAMPLE_PLANS = [
  aPlan({ id: 'rome', label: 'Rome eSIM', email: 'viaggiatore@example.com', expiresAt: isoIn(3 * day), startsAt: isoIn(-27 * day), dataLeftMB: 2560, phoneNumber: '+393331234567', topUpAmount: 10, price: { amount: 9.99, currency: 'EUR' }, period: { count: 1, unit: 'month' }, country: 'IT' }),
  aPlan({ id: 'baku', label: 'Baku Azercell', carrierId: 'azercell', country: 'AZ', timeZone: 'Asia/Baku', expiresAt: isoIn(0.4 * day), phoneNumber: '+994501234567', period: { count: 30, unit: 'day' } }),
  aPlan({ id: 'mum', label: 'Mum’s TIM number', expiresAt: isoIn(41 * day), phoneNumber: '+393471234567', lastTopUpAt: isoIn(-340 * day) }),
  aPlan({ id: 'europe', label: 'Europe 10 GB', carrierId: 'airalo', timeZone: 'UTC', expiresAt: isoIn(-2 * day), dataLeftMB: 0 }),
  aPlan({ id: 'milan', label: 'Milan work SIM', carrierId: 'vodafone-it', expiresAt: isoIn(120 * day) }),
];
const SAMPLE_RENEWALS = [
  { id: 'r1', planId: 'rome', renewedAt: isoIn(-27 * day), previousExpiresAt: isoIn(-27 * day), newExpiresAt: isoIn(3 * day), amount: { amount: 9.99, currency: 'EUR' }, channel: 'website', reference: 'TIM 48213' },
  { id: 'r2', planId: 'rome', renewedAt: isoIn(-58 * day), previousExpiresAt: isoIn(-58 * day), newExpiresAt: isoIn(-27 * day), amount: { amount: 9.99, currency: 'EUR' }, channel: 'app' },
  { id: 'r3', planId: 'baku', renewedAt: isoIn(-29.6 * day), previousExpiresAt: isoIn(-29.6 * day), newExpiresAt: isoIn(0.4 * day), amount: { amount: 15, currency: 'AZN' }, channel: 'store' },
];

async function promptFrame(page: Page, extensionUrl: string): Promise<Frame> {
  for (let tries = 0; tries < 100; tries += 1) {
    const frame = page.frames().find((each) => each.url().startsWith(`${extensionUrl}prompt.html`));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('the fill prompt did not appear');
}

function isoIn(milliseconds: number): string {
  return new Date(Date.now() + milliseconds).toISOString();
}

const VARIANTS: { name: string; launch: LaunchOptions }[] = [
  { name: 'en', launch: { lang: 'en-GB', colorScheme: 'light' } },
  { name: 'en-dark', launch: { lang: 'en-GB', colorScheme: 'dark' } },
  { name: 'zh-CN', launch: { lang: 'zh-CN', colorScheme: 'light' } },
];

await mkdir(OUT, { recursive: true });
for (const variant of VARIANTS) {
  const session = await ExtensionSession.launch(variant.launch);
  const shot = (name: string) => path.join(OUT, `${name}-${variant.name}.png`);
  try {
    const empty = await session.openPopup();
    await empty.locator('.empty-state').waitFor();
    await empty.screenshot({ path: shot('popup-empty') });

    await session.seedPlans(SAMPLE_PLANS);
    await session.seedRenewals(SAMPLE_RENEWALS);
    const popup = await session.openPopup();
    await popup.locator('.plan-row').first().waitFor();
    await popup.screenshot({ path: shot('popup') });

    // The row's "More actions" menu, then the Mark renewed dialog it opens.
    const more = popup.locator('.plan-row').filter({ hasText: 'Rome eSIM' }).locator('button[aria-expanded]');
    await more.click();
    await popup.screenshot({ path: shot('popup-menu') });
    await popup.locator(`#${await more.getAttribute('aria-controls')} button`).first().click();
    await popup.locator('dialog[open]').waitFor();
    await popup.screenshot({ path: shot('popup-mark-renewed') });

    const options = await session.openOptions();
    await options.locator('.plan-row').first().waitFor();
    await options.screenshot({ path: shot('options'), fullPage: true });

    const form = await session.openExtensionPage('options.html#plan=rome', { width: 1100, height: 900 });
    await form.locator('form').first().waitFor();
    await form.locator('#plans').screenshot({ path: shot('options-plan-form') });

    // The fill prompt on TIM's top-up page (a local fixture at its real address), before
    // and after "Fill", and the popup's "Fill this page" list over that page.
    await session.serveFixture('https://www.tim.it/ricarica', 'carriers/tim/ricarica.html');
    const tim = await session.context.newPage();
    await tim.setViewportSize({ width: 900, height: 560 });
    await tim.goto('https://www.tim.it/ricarica');
    const prompt = await promptFrame(tim, session.extensionUrl);
    const fill = prompt.locator('.primary-button');
    await fill.waitFor();
    await prompt.waitForFunction(() => document.querySelector('.primary-button')?.getAttribute('aria-disabled') === null);
    await tim.screenshot({ path: shot('prompt') });
    await fill.click();
    await prompt.locator('.fill-prompt__status').filter({ hasText: /\S/ }).waitFor();
    await tim.screenshot({ path: shot('prompt-filled') });
    const tabId = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { eskTest: { tabIdOf(pattern: string): Promise<number | undefined> } }).eskTest.tabIdOf('https://www.tim.it/*'),
    );
    const fillPopup = await session.openExtensionPage(`popup.html?e2eFillTab=${tabId}`, { width: 360, height: 600 });
    await fillPopup.locator('.fill-this-page button').first().click();
    await fillPopup.locator('.fill-this-page__plans').waitFor();
    await fillPopup.screenshot({ path: shot('popup-fill-this-page') });
  } finally {
    await session.close();
  }
  console.log(`screenshots: ${variant.name}`);
}
console.log(`written to ${path.relative(process.cwd(), OUT)}/`);
