import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { i18nForLanguage } from '../i18n/browser-i18n';
import type { I18n } from '../i18n/i18n';
import type { LanguageChoice } from '../i18n/languages';
import { applyPageLanguage, rememberLanguage } from './page-language';

const I18nContext = createContext<I18n | undefined>(undefined);

/** One fixed language: for tests, and inside LiveI18nProvider. */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ComponentChildren }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export interface LiveI18nProviderProps {
  /** The language the page first painted in, and its messages. */
  language: LanguageChoice;
  i18n: I18n;
  /** Loads another language's messages (tests pass their own). */
  load?: (language: LanguageChoice) => Promise<I18n>;
  children: ComponentChildren;
}

/**
 * The pages' i18n, following settings.language live: when the person picks another
 * language (in this page or another), the whole page re-renders in it at once — texts,
 * plurals, dates and numbers — and `<html lang>` and the title follow. The first paint uses
 * the language the page was given (remembered from last time); the stored setting, read
 * after that paint, wins, and the remembered copy is corrected to it.
 */
export function LiveI18nProvider({ language, i18n, load = i18nForLanguage, children }: LiveI18nProviderProps) {
  const [current, setCurrent] = useState(i18n);
  // The latest language asked for: a slow catalogue must not overwrite a later choice.
  const wantedRef = useRef(language);

  useEffect(() => {
    let stopped = false;
    let unsubscribe: (() => void) | undefined;
    const follow = (next: LanguageChoice) => {
      rememberLanguage(next);
      if (next === wantedRef.current) return;
      wantedRef.current = next;
      void load(next).then((loaded) => {
        if (stopped || wantedRef.current !== next) return;
        applyPageLanguage(loaded);
        setCurrent(loaded);
      });
    };
    // Dexie (the live query) loads after the first paint: the popup paints without it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        void import('./live-language').then(({ subscribeToStoredLanguage }) => {
          if (!stopped) unsubscribe = subscribeToStoredLanguage(follow);
        });
      }, 0),
    );
    return () => {
      stopped = true;
      unsubscribe?.();
    };
  }, [load]);

  return <I18nProvider i18n={current}>{children}</I18nProvider>;
}

/** The messages, plurals and locale of the page; every UI string comes through here. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}
