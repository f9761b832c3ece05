import type { CurrentData, ImportCounts, ImportPreview } from '../backup/import-preview';
import { isSameValue } from '../backup/same-value';
import { SETTINGS_KEY, type KeeperDatabase } from './database';

/**
 * The database changed between the preview and the import (another window, or the
 * background marking a plan renewed): the preview no longer says what would happen.
 * Nothing was written; preview again.
 */
export class StaleImportPreviewError extends Error {
  constructor(what: string) {
    super(`The data changed since the import was previewed (${what}); nothing was imported. Please preview it again.`);
    this.name = 'StaleImportPreviewError';
  }
}

/** What previewImport compares a backup with: everything the database holds now. */
export async function readCurrentData(db: KeeperDatabase): Promise<CurrentData> {
  return db.transaction('r', db.plans, db.renewals, db.settings, async () => {
    const [plans, renewals, settingsRow] = await Promise.all([
      db.plans.toArray(),
      db.renewals.toArray(),
      db.settings.get(SETTINGS_KEY),
    ]);
    return { plans, renewals, settings: settingsRow?.value };
  });
}

/**
 * Writes what the preview says, all or nothing: one read-write transaction over plans,
 * renewals and settings, so any failure (a quota error, a plan changed meanwhile) aborts
 * it and leaves the database exactly as it was. Never deletes. The caller then tells the
 * background (`plansChanged`, and `settingsChanged` when settings were replaced).
 */
export async function applyImport(db: KeeperDatabase, preview: ImportPreview): Promise<ImportCounts> {
  return db.transaction('rw', db.plans, db.renewals, db.settings, async () => {
    // `add`, not `put`: a plan or renewal that appeared since the preview fails the add
    // (ConstraintError) instead of being overwritten.
    for (const plan of preview.plans.added) await db.plans.add(plan);
    for (const { before, after } of preview.plans.updated) {
      const kept = await db.plans.get(before.id);
      if (!isSameValue(kept, before)) throw new StaleImportPreviewError(`plan ${before.id}`);
      await db.plans.put(after);
    }
    for (const renewal of preview.renewals.added) await db.renewals.add(renewal);
    if (preview.settings.outcome === 'replaced' && preview.settings.after) {
      const kept = await db.settings.get(SETTINGS_KEY);
      if (!isSameValue(kept?.value, preview.settings.before)) throw new StaleImportPreviewError('settings');
      await db.settings.put({ key: SETTINGS_KEY, value: preview.settings.after });
    }
    return preview.counts;
  });
}
