/**
 * The languages we ship, by their `_locales` folder name. The person may follow the
 * browser's language (the default) or pick one of these.
 */
export const LANGUAGES = ['en', 'it', 'zh_CN', 'az'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
