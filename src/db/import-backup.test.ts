import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../backup/backup-file';
import { exportBackup } from '../backup/export-backup';
import { previewImport } from '../backup/import-preview';
import { parseBackup } from '../backup/parse-backup';
import type { Renewal } from '../plans/renewal';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { aPlan } from '../../tests/support/plans';
import { KeeperDatabase, SETTINGS_KEY } from './database';
import { applyImport, readCurrentData, StaleImportPreviewError } from './import-backup';

const NOW = new Date('2026-11-20T08:30:00.000Z');
const aRenewal = (id: string, planId: string): Renewal => ({
  id,
  planId,
  renewedAt: '2026-11-01T10:00:00.000Z',
  previousExpiresAt: '2026-11-02T12:00:00.000Z',
  newExpiresAt: '2026-12-02T12:00:00.000Z',
  channel: 'website',
});

const fileText = exportBackup(
  {
    plans: [
      aPlan(),
      aPlan({ id: 'plan-baku', label: 'Baku', carrierId: 'azercell', timeZone: 'Asia/Baku', phoneNumber: '+994501234567' }),
      aPlan({ id: 'plan-travel', label: 'Travel', activationCode: 'LPA:1$smdp.io$ABC-123' }),
    ],
    renewals: [aRenewal('r1', 'plan-rome'), aRenewal('r2', 'plan-baku')],
    settings: { ...DEFAULT_SETTINGS, reminderTime: '08:15' },
  },
  NOW,
);

function readBackup(text = fileText): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`test backup does not parse: ${JSON.stringify(result.errors)}`);
  return result.backup;
}

let databases: KeeperDatabase[] = [];
function freshDatabase(): KeeperDatabase {
  const db = new KeeperDatabase(`import-backup-test-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(databases.map((db) => db.delete()));
  databases = [];
});

async function importInto(db: KeeperDatabase, backup: Backup, replaceSettings = false) {
  return applyImport(db, previewImport(backup, await readCurrentData(db), { replaceSettings }));
}

describe('applyImport', () => {
  it('imports a backup into an empty database', async () => {
    const db = freshDatabase();
    const backup = readBackup();
    expect(await importInto(db, backup, true)).toEqual({
      plansAdded: 3,
      plansUpdated: 0,
      plansUnchanged: 0,
      renewalsAdded: 2,
      renewalsAlreadyKept: 0,
      settingsReplaced: true,
    });
    const data = await readCurrentData(db);
    expect(data.plans).toEqual(backup.plans);
    expect(data.renewals).toEqual(backup.renewals);
    expect(data.settings).toEqual(backup.settings);
  });

  it('finds everything unchanged when the same file is imported again, and writes nothing', async () => {
    const db = freshDatabase();
    await importInto(db, readBackup(), true);
    const before = await readCurrentData(db);
    const put = vi.spyOn(db.plans, 'put');
    expect(await importInto(db, readBackup(), true)).toEqual({
      plansAdded: 0,
      plansUpdated: 0,
      plansUnchanged: 3,
      renewalsAdded: 0,
      renewalsAlreadyKept: 2,
      settingsReplaced: false,
    });
    expect(put).not.toHaveBeenCalled();
    expect(await readCurrentData(db)).toEqual(before);
  });

  it('updates a plan matched by number under its kept id, with the file’s renewals re-pointed', async () => {
    const db = freshDatabase();
    await db.plans.put(aPlan({ id: 'mine', label: 'Azercell', phoneNumber: '+994501234567' }));
    const counts = await importInto(db, readBackup());
    expect(counts).toMatchObject({ plansAdded: 2, plansUpdated: 1, renewalsAdded: 2 });
    expect(await db.plans.get('mine')).toMatchObject({ label: 'Baku', phoneNumber: '+994501234567' });
    expect(await db.plans.get('plan-baku')).toBeUndefined();
    expect(await db.renewals.get('r2')).toMatchObject({ planId: 'mine' });
  });

  it('leaves the settings alone unless the person ticked “replace”', async () => {
    const db = freshDatabase();
    const mine = { ...DEFAULT_SETTINGS, language: 'it' as const };
    await db.settings.put({ key: SETTINGS_KEY, value: mine });
    await importInto(db, readBackup(), false);
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(mine);
  });

  describe('all or nothing', () => {
    /** A database with some plans, a renewal and settings, and a backup that touches all. */
    async function preparedImport() {
      const db = freshDatabase();
      await db.plans.bulkPut([aPlan({ label: 'Rome, before' }), aPlan({ id: 'plan-baku', label: 'Baku, before' }), aPlan({ id: 'other' })]);
      await db.renewals.put(aRenewal('r-kept', 'other'));
      await db.settings.put({ key: SETTINGS_KEY, value: DEFAULT_SETTINGS });
      const before = await readCurrentData(db);
      const preview = previewImport(readBackup(), before, { replaceSettings: true });
      expect(preview.counts).toMatchObject({ plansAdded: 1, plansUpdated: 2, renewalsAdded: 2, settingsReplaced: true });
      return { db, before, preview };
    }

    it('writes nothing when the second plan write fails', async () => {
      const { db, before, preview } = await preparedImport();
      const put = db.plans.put.bind(db.plans);
      let calls = 0;
      vi.spyOn(db.plans, 'put').mockImplementation((...args) => {
        calls += 1;
        if (calls === 2) throw new Error('disk full');
        return put(...args);
      });
      await expect(applyImport(db, preview)).rejects.toThrow('disk full');
      expect(calls).toBe(2);
      vi.restoreAllMocks();
      expect(await readCurrentData(db)).toEqual(before);
    });

    it('writes nothing when a renewal fails after the plans were written', async () => {
      const { db, before, preview } = await preparedImport();
      vi.spyOn(db.renewals, 'add').mockRejectedValue(new Error('quota exceeded'));
      await expect(applyImport(db, preview)).rejects.toThrow('quota exceeded');
      vi.restoreAllMocks();
      expect(await readCurrentData(db)).toEqual(before);
    });

    it('writes nothing when a plan changed since the preview', async () => {
      const { db, preview } = await preparedImport();
      await db.plans.update('plan-baku', { label: 'Renamed meanwhile' });
      const before = await readCurrentData(db);
      await expect(applyImport(db, preview)).rejects.toBeInstanceOf(StaleImportPreviewError);
      expect(await readCurrentData(db)).toEqual(before);
    });

    it('writes nothing when a renewal with the same id appeared since the preview', async () => {
      const { db, preview } = await preparedImport();
      await db.renewals.put(aRenewal('r2', 'other'));
      const before = await readCurrentData(db);
      await expect(applyImport(db, preview)).rejects.toThrow();
      expect(await readCurrentData(db)).toEqual(before);
    });

    it('writes nothing when the settings changed since the preview', async () => {
      const { db, preview } = await preparedImport();
      await db.settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, dateFormat: 'ymd' } });
      const before = await readCurrentData(db);
      await expect(applyImport(db, preview)).rejects.toBeInstanceOf(StaleImportPreviewError);
      expect(await readCurrentData(db)).toEqual(before);
    });
  });

  it('writes plans exactly as the backup holds them (the format is the stored record)', async () => {
    const db = freshDatabase();
    const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW.toISOString(), plans: [aPlan()], renewals: [], settings: DEFAULT_SETTINGS };
    await importInto(db, backup);
    expect(await db.plans.toArray()).toStrictEqual([aPlan()]);
  });
});
