import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatMessage, type MessageCatalog } from '../../src/i18n/format-message';
import { LANGUAGES } from '../../src/i18n/languages';
import { expect, test } from './harness';
import { ROME_ESIM } from './sample-plans';


function catalog(language: string): MessageCatalog {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`), 'utf8'));
}

test.describe('in Chinese (--lang=zh-CN)', () => {
  test.use({ extensionLaunch: { lang: 'zh-CN' } });

  test('the popup speaks Chinese and formats dates the Chinese way', async ({ extension }) => {
    await extension.seedPlans([ROME_ESIM]);
    const popup = await extension.openPopup();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(popup.getByRole('heading', { name: '1 个套餐' })).toBeVisible();
    await expect(popup.getByRole('list', { name: '你的套餐' })).toContainText('2026年12月2日 到期');
    expect((await extension.workerState()).toolbarTitle).toBe('eSIM Keeper — 1 个套餐');
  });
});

test.describe('in Italian (--lang=it)', () => {
  test.use({ extensionLaunch: { lang: 'it' } });

  test('the empty popup and the options page speak Italian', async ({ extension }) => {
    const popup = await extension.openPopup();
    await expect(popup.getByRole('heading', { name: 'Ancora nessun piano' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Aggiungi il primo piano' })).toBeVisible();
    const options = await extension.openOptions();
    await expect(options.getByRole('heading', { name: 'I tuoi piani' })).toBeVisible();
    await expect(options.getByText('Versione 0.1.0')).toBeVisible();
  });
});

test.describe('in Azerbaijani (--lang=az)', () => {
  test.use({ extensionLaunch: { lang: 'az' } });

  test('the popup speaks Azerbaijani', async ({ extension }) => {
    await extension.seedPlans([ROME_ESIM]);
    const popup = await extension.openPopup();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'az');
    await expect(popup.getByRole('heading', { name: '1 paket' })).toBeVisible();
    await expect(popup.getByRole('list', { name: 'Paketləriniz' })).toContainText('Bitmə tarixi: 2 Dek 2026');
  });
});

// Chromium answers getMessage only in its UI language, so each language gets its own
// browser: our reader (used when a person picks a language in settings) must agree with
// Chromium on every message of every catalogue.
const CHROMIUM_LANG = { en: 'en-GB', it: 'it', zh_CN: 'zh-CN', az: 'az' } as const;

for (const language of LANGUAGES) {
  test.describe(`catalogue ${language}`, () => {
    test.use({ extensionLaunch: { lang: CHROMIUM_LANG[language] } });

    test('our own catalogue reader fills every message exactly as Chromium does', async ({ extension }) => {
      const popup = await extension.openPopup();
      const messages = catalog(language);
      const substitutions = ['FIRST', 'SECOND'];
      const fromChromium = await popup.evaluate(
        ({ names, substitutions }) => {
          const { chrome } = globalThis as unknown as {
            chrome: { i18n: { getMessage(name: string, substitutions: string[]): string } };
          };
          return Object.fromEntries(names.map((name) => [name, chrome.i18n.getMessage(name, substitutions)]));
        },
        { names: Object.keys(messages), substitutions },
      );
      const ours = Object.fromEntries(
        Object.entries(messages).map(([name, entry]) => [name, formatMessage(entry, substitutions)]),
      );
      expect(ours).toEqual(fromChromium);
    });
  });
}
