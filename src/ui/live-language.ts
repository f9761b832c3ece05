import { liveQuery } from 'dexie';
import { keeperDatabase, SETTINGS_KEY, type KeeperDatabase } from '../db/database';
import { isLanguage, type LanguageChoice } from '../i18n/languages';

/**
 * settings.language as stored, without the settings schema: the popup must not load zod
 * for its first paint. Anything unexpected means "follow the browser", as readSettings
 * would decide.
 */
export async function storedLanguage(db: KeeperDatabase): Promise<LanguageChoice> {
  const row = await db.settings.get(SETTINGS_KEY);
  const language: unknown = row?.value?.language;
  return typeof language === 'string' && isLanguage(language) ? language : 'browser';
}

/**
 * Calls `onLanguage` with settings.language now and after every change, from any page.
 * Loaded by LiveI18nProvider after the first paint (it brings Dexie).
 */
export function subscribeToStoredLanguage(onLanguage: (language: LanguageChoice) => void, db: KeeperDatabase = keeperDatabase()): () => void {
  const subscription = liveQuery(() => storedLanguage(db)).subscribe({
    next: onLanguage,
    // A failed read leaves the page in the language it shows.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
