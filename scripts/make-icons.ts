// Renders scripts/icon.svg to public/icon/<size>.png with Debian's Chromium.
// Run after changing the drawing: `npm run icons`. The PNGs are committed.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.locator('svg').screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
