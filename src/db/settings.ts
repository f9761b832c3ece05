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

/**
 * "Don't offer on this site", from the fill prompt: adds the carrier to `fillPromptOff`.
 * Here rather than in KeeperStore for the reason above: the background writes it. Read
 * and written in one transaction, so a settings save from the options page at the same
 * moment cannot undo it; stored settings that no longer parse are left untouched rather
 * than replaced by defaults. Says whether anything changed, so the caller tells the
 * background (as KeeperStore's writes do) only when it did.
 */
export async function turnFillPromptOff(db: KeeperDatabase, carrierId: string): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SETTINGS_KEY);
    const current = settingsSchema.safeParse(row?.value ?? {});
    if (!current.success || current.data.fillPromptOff.includes(carrierId)) return false;
    await db.settings.put({ key: SETTINGS_KEY, value: { ...current.data, fillPromptOff: [...current.data.fillPromptOff, carrierId] } });
    return true;
  });
}
