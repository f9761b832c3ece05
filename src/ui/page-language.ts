import type { I18n } from '../i18n/i18n';
import { isLanguage, type LanguageChoice } from '../i18n/languages';

/**
 * The language the pages last showed, in `localStorage` (the popup and the options page
 * share the extension's origin). Read before the first paint, so a person who chose
 * Italian does not see an English flash and no database read delays the popup. IndexedDB
 * stays the source of truth: the page corrects this copy when the two differ.
 */
export const REMEMBERED_LANGUAGE_KEY = 'esk.language';

export function rememberedLanguage(storage: Storage | undefined = safeLocalStorage()): LanguageChoice {
  const value = storage?.getItem(REMEMBERED_LANGUAGE_KEY) ?? 'browser';
  return isLanguage(value) ? value : 'browser';
}

export function rememberLanguage(language: LanguageChoice, storage: Storage | undefined = safeLocalStorage()): void {
  if (language === 'browser') storage?.removeItem(REMEMBERED_LANGUAGE_KEY);
  else storage?.setItem(REMEMBERED_LANGUAGE_KEY, language);
}

/** Tells screen readers, fonts (CJK glyphs) and the tab strip which language the page is in. */
export function applyPageLanguage(i18n: I18n, document: Document = globalThis.document): void {
  document.documentElement.lang = i18n.locale;
  document.title = i18n.t('extName');
}

// Storage can be switched off (or throw on access) in some profiles; the pages still work.
function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
