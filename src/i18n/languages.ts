/**
 * The languages we ship, by their `_locales` folder name. The person may follow the
 * browser's language (the default) or pick one of these.
 */
export const LANGUAGES = ['en', 'it', 'zh_CN', 'az'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What settings.language holds: follow the browser, or one language we ship. */
export type LanguageChoice = 'browser' | Language;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Each language's name in its own language, with the BCP 47 tag to mark it up with. Not in
 * the catalogues on purpose: a person who landed in a language they cannot read must still
 * recognise their own, so these read the same whatever the page's language.
 */
export const LANGUAGE_NAMES: Record<Language, { name: string; tag: string }> = {
  en: { name: 'English', tag: 'en' },
  it: { name: 'Italiano', tag: 'it' },
  zh_CN: { name: '简体中文', tag: 'zh-CN' },
  az: { name: 'Azərbaycanca', tag: 'az' },
};
