import type { I18n } from '../i18n/i18n';
import type { LanguageChoice } from '../i18n/languages';

/**
 * The background's messages for settings.language, rebuilt when the person changes it
 * (every refresh asks) and kept per language, so a refresh does not read the catalogue
 * again. The worker may be stopped at any time; then the next start simply loads anew.
 */
export function languageI18n(load: (language: LanguageChoice) => Promise<I18n>): (language: LanguageChoice) => Promise<I18n> {
  const loaded = new Map<LanguageChoice, Promise<I18n>>();
  return (language) => {
    let i18n = loaded.get(language);
    if (!i18n) {
      i18n = load(language);
      // A failed load is tried again next time rather than remembered.
      i18n.catch(() => loaded.delete(language));
      loaded.set(language, i18n);
    }
    return i18n;
  };
}
