// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import az from '../../public/_locales/az/messages.json';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import { keeperDatabase, SETTINGS_KEY } from '../db/database';
import { catalogSource } from '../i18n/catalog-source';
import type { MessageCatalog } from '../i18n/format-message';
import { createI18n, type I18n } from '../i18n/i18n';
import type { LanguageChoice } from '../i18n/languages';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { LiveI18nProvider, useI18n } from './i18n-context';
import { mountPage } from './mount-page';
import { REMEMBERED_LANGUAGE_KEY } from './page-language';

const catalogs: Partial<Record<LanguageChoice, MessageCatalog>> = { browser: en, en, it: it_, az };
const messagesIn = (language: LanguageChoice) => createI18n(catalogSource(catalogs[language] ?? en));
const english = messagesIn('browser');

function Heading() {
  const i18n = useI18n();
  return (
    <h1>
      {i18n.t('plansTitle')} · {i18n.plural('planCount', 1500)} · {i18n.formatDate(new Date('2026-12-02T12:00:00Z'), 'date', 'UTC')}
    </h1>
  );
}

async function chooseLanguage(language: LanguageChoice): Promise<void> {
  await keeperDatabase().settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, language } });
}

describe('LiveI18nProvider', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    cleanup();
    await keeperDatabase().settings.clear();
  });

  it('switches the whole page, dates and numbers included, when settings.language changes', async () => {
    const load = vi.fn(async (language: LanguageChoice) => messagesIn(language));
    render(
      <LiveI18nProvider language="browser" i18n={english} load={load}>
        <Heading />
      </LiveI18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Your plans · 1,500 plans · 2 Dec 2026');

    await act(() => chooseLanguage('it'));
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe('I tuoi piani · 1500 piani · 2 dic 2026'));
    expect(document.documentElement.lang).toBe('it');
    expect(document.title).toBe(messagesIn('it').t('extName'));
    expect(localStorage.getItem(REMEMBERED_LANGUAGE_KEY)).toBe('it');

    await act(() => chooseLanguage('browser'));
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe('Your plans · 1,500 plans · 2 Dec 2026'));
    expect(document.documentElement.lang).toBe('en-GB');
    expect(localStorage.getItem(REMEMBERED_LANGUAGE_KEY)).toBeNull();
  });

  it('corrects a remembered language that the stored settings no longer say', async () => {
    localStorage.setItem(REMEMBERED_LANGUAGE_KEY, 'it');
    const load = vi.fn(async (language: LanguageChoice) => messagesIn(language));
    render(
      <LiveI18nProvider language="it" i18n={messagesIn('it')} load={load}>
        <Heading />
      </LiveI18nProvider>,
    );
    await waitFor(() => expect(screen.getByRole('heading').textContent).toContain('Your plans'));
    expect(load).toHaveBeenCalledWith('browser');
    expect(localStorage.getItem(REMEMBERED_LANGUAGE_KEY)).toBeNull();
  });

  it('lets the latest choice win when an earlier catalogue arrives late', async () => {
    let releaseItalian: (i18n: I18n) => void = () => undefined;
    const load = vi.fn((language: LanguageChoice) =>
      language === 'it' ? new Promise<I18n>((resolve) => (releaseItalian = resolve)) : Promise.resolve(messagesIn(language)),
    );
    render(
      <LiveI18nProvider language="browser" i18n={english} load={load}>
        <Heading />
      </LiveI18nProvider>,
    );
    await act(() => chooseLanguage('it'));
    await waitFor(() => expect(load).toHaveBeenCalledWith('it'));
    await act(() => chooseLanguage('az'));
    await waitFor(() => expect(screen.getByRole('heading').textContent).toContain('Paketləriniz'));
    await act(async () => releaseItalian(messagesIn('it')));
    expect(screen.getByRole('heading').textContent).toContain('Paketləriniz');
  });
});

describe('mountPage', () => {
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = '<div id="app"></div>';
  });
  afterEach(async () => {
    preactRender(null, document.getElementById('app')!);
    await keeperDatabase().settings.clear();
  });

  it('paints at once in the browser’s language when no other was chosen', () => {
    const load = vi.fn(async (language: LanguageChoice) => messagesIn(language));
    void mountPage(preactRender, <Heading />, { browserMessages: () => english, load });
    // Synchronously: nothing is awaited before the first paint.
    expect(document.getElementById('app')!.textContent).toContain('Your plans');
    expect(document.documentElement.lang).toBe('en-GB');
    expect(load).not.toHaveBeenCalled();
  });

  it('waits for the remembered language’s catalogue, so the first paint is already in it', async () => {
    localStorage.setItem(REMEMBERED_LANGUAGE_KEY, 'it');
    await chooseLanguage('it');
    const browserMessages = vi.fn(() => english);
    await mountPage(preactRender, <Heading />, { browserMessages, load: async (language) => messagesIn(language) });
    expect(document.getElementById('app')!.textContent).toContain('I tuoi piani');
    expect(document.documentElement.lang).toBe('it');
    expect(browserMessages).not.toHaveBeenCalled();
  });
});
