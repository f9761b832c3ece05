import { liveQuery } from 'dexie';
import { keeperDatabase } from '../../db/database';
import { listActivePlans } from '../../db/plans';
import { snoozableReminders } from '../../db/reminder-log';
import { SETTINGS_KEY } from '../../db/schema-versions';
import type { GlanceData } from './use-glance';

/**
 * The popup's live data through Dexie: the active plans, which of them have a reminder
 * to snooze, and the last backup, read again whenever any page or the background changes them. Loaded after
 * the first paint (see use-glance.ts).
 */
export function subscribeToGlance(onData: (data: GlanceData) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(async () => {
    const db = keeperDatabase();
    const plans = await listActivePlans(db);
    // Read raw: the popup does not load the settings schema (zod) for one date.
    const lastBackupAt: unknown = (await db.settings.get(SETTINGS_KEY))?.value?.lastBackupAt;
    return { plans, snoozable: await snoozableReminders(db, plans), lastBackupAt: typeof lastBackupAt === 'string' ? lastBackupAt : undefined };
  }).subscribe({ next: onData, error: onError });
  return () => subscription.unsubscribe();
}
