/**
 * `npm run screenshots`: PNGs of the popup and the options page, in English and Chinese,
 * light and dark, into docs/screenshots/ (shown in the README). Needs `npm run build:e2e`.
 * Look at them after a UI change.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { aPlan } from '../tests/support/plans';
import { ExtensionSession, type LaunchOptions } from '../tests/e2e/extension-session';

const OUT = path.resolve(import.meta.dirname, '../docs/screenshots');

const day = 24 * 60 * 60 * 1000;
const SAMPLE_PLANS = [
  aPlan({ id: 'rome', label: 'Rome eSIM', expiresAt: isoIn(3 * day), startsAt: isoIn(-27 * day), dataLeftMB: 2560 }),
  aPlan({ id: 'mum', label: 'Mum’s TIM number', expiresAt: isoIn(41 * day), phoneNumber: '+393331234567', lastTopUpAt: isoIn(-340 * day) }),
  aPlan({ id: 'milan', label: 'Milan work SIM', expiresAt: isoIn(120 * day) }),
];

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
  try {
    const empty = await session.openPopup();
    await empty.locator('.empty-state').waitFor();
    await empty.screenshot({ path: path.join(OUT, `popup-empty-${variant.name}.png`) });

    await session.seedPlans(SAMPLE_PLANS);
    const popup = await session.openPopup();
    await popup.locator('.plan-row').first().waitFor();
    await popup.screenshot({ path: path.join(OUT, `popup-${variant.name}.png`) });

    const options = await session.openOptions();
    await options.locator('.plan-row').first().waitFor();
    await options.screenshot({ path: path.join(OUT, `options-${variant.name}.png`), fullPage: true });
  } finally {
    await session.close();
  }
  console.log(`screenshots: ${variant.name}`);
}
console.log(`written to ${path.relative(process.cwd(), OUT)}/`);
