import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../plans/settings';
import { SETTINGS_KEY, type KeeperDatabase } from './database';

/**
 * The person's settings, with defaults for anything an older version did not store.
 * Its own module, so the background can read settings without the store's backup code.
 */
export async function readSettings(db: KeeperDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
