import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { I18n } from '../i18n/i18n';

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ComponentChildren }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** The messages, plurals and locale of the page; every UI string comes through here. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}
