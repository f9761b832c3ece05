// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import it_ from '../../../public/_locales/it/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import { keeperDatabase, SETTINGS_KEY } from '../../db/database';
import { readSettings } from '../../db/settings';
import { catalogSource } from '../../i18n/catalog-source';
import { createI18n } from '../../i18n/i18n';
import type { LanguageChoice } from '../../i18n/languages';
import { DEFAULT_SETTINGS } from '../../plans/settings';
import { LiveI18nProvider } from '../i18n-context';
import { LanguageSection } from './language-section';

const catalogs = { it: it_, zh_CN: zhCN } as Record<string, typeof en>;
const load = async (language: LanguageChoice) => createI18n(catalogSource(catalogs[language] ?? en));

function renderPage() {
  return render(
    <LiveI18nProvider language="browser" i18n={createI18n(catalogSource(en))} load={load}>
      <LanguageSection />
    </LiveI18nProvider>,
  );
}

describe('LanguageSection', () => {
  beforeEach(() => {
    localStorage.clear();
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true });
      return true;
    });
  });
  afterEach(async () => {
    cleanup();
    await keeperDatabase().settings.clear();
  });

  it('offers the browser’s language first, then each language named in itself', async () => {
    renderPage();
    const follow = (await screen.findByRole('radio', { name: 'Follow the browser (default)' })) as HTMLInputElement;
    expect(follow.checked).toBe(true);
    const names = screen.getAllByRole('radio').map((radio) => radio.parentElement!.textContent);
    expect(names).toEqual(['Follow the browser (default)', 'English', 'Italiano', '简体中文', 'Azərbaycanca']);
    expect(screen.getByText('简体中文').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('Azərbaycanca').getAttribute('lang')).toBe('az');
  });

  it('saves the choice, keeps the other settings, and the page switches at once', async () => {
    await keeperDatabase().settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, reminderTime: '07:15' } });
    renderPage();
    fireEvent.click(await screen.findByRole('radio', { name: 'Italiano' }));
    expect(await screen.findByRole('heading', { name: 'Lingua' })).toBeTruthy();
    const settings = await readSettings(keeperDatabase());
    expect(settings.language).toBe('it');
    expect(settings.reminderTime).toBe('07:15');
    expect((screen.getByRole('radio', { name: 'Italiano' }) as HTMLInputElement).checked).toBe(true);
    expect(await screen.findByText('Salvato')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Come il browser (predefinito)' }));
    expect(await screen.findByRole('heading', { name: 'Language' })).toBeTruthy();
    await waitFor(async () => expect((await readSettings(keeperDatabase())).language).toBe('browser'));
  });
});
