import { browser } from 'wxt/browser';
import { catalogSource } from './catalog-source';
import type { MessageCatalog } from './format-message';
import { createI18n, type I18n, type MessageSource } from './i18n';
import type { Language, LanguageChoice } from './languages';

// Message names are checked against the catalogues by src/i18n/catalogs.test.ts.
const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
const browserSource: MessageSource = (name, substitutions) => getMessage(name, substitutions);

/** Messages in the browser's language, through `browser.i18n`. */
export function browserI18n(): I18n {
  return createI18n(browserSource);
}

/**
 * Messages in a language the person chose in settings, read from our own packaged
 * `_locales` (an extension URL: nothing leaves the machine). Missing names fall back
 * to the browser's language.
 */
export async function chosenLanguageI18n(language: Language): Promise<I18n> {
  const url = browser.runtime.getURL(`/_locales/${language}/messages.json`);
  const response = await fetch(url);
  const catalog = (await response.json()) as MessageCatalog;
  return createI18n(catalogSource(catalog, browserSource));
}

/**
 * The messages for a settings.language choice: the browser's own for `browser`, else the
 * packaged catalogue. A catalogue that cannot be read (it always ships with us, so this
 * would be a broken build) falls back to the browser's language rather than no text.
 */
export async function i18nForLanguage(language: LanguageChoice): Promise<I18n> {
  if (language === 'browser') return browserI18n();
  try {
    return await chosenLanguageI18n(language);
  } catch {
    return browserI18n();
  }
}
