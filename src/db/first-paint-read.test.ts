import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { aPlan } from '../../tests/support/plans';
import { KeeperDatabase } from './database';
import { NEWEST_INDEXEDDB_VERSION, readForFirstPaint } from './first-paint-read';
import { listActivePlans } from './plans';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { DATABASE_NAME, SCHEMA_VERSIONS, SETTINGS_KEY } from './schema-versions';

/** A private IndexedDB per test, and our Dexie database in it. */
function freshDatabase() {
  const indexedDB = new IDBFactory();
  return { indexedDB, db: new KeeperDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange }) };
}

describe('readForFirstPaint', () => {
  it('answers exactly what listActivePlans (Dexie) answers: active plans, soonest expiry first', async () => {
    const { indexedDB, db } = freshDatabase();
    await db.plans.bulkPut([
      aPlan({ id: 'late', label: 'Baku', expiresAt: '2027-01-10T20:00:00.000Z' }),
      aPlan({ id: 'archived', label: 'Old', expiresAt: '2026-01-01T00:00:00.000Z', archived: true }),
      aPlan({ id: 'soon', label: 'Rome', expiresAt: '2026-11-25T22:59:00.000Z' }),
      aPlan({ id: 'expired', label: 'Milan', expiresAt: '2026-11-01T22:59:00.000Z' }),
    ]);
    const expected = await listActivePlans(db);
    db.close();

    const read = await readForFirstPaint(indexedDB);
    expect(read?.plans.map((plan) => plan.id)).toEqual(['expired', 'soon', 'late']);
    expect(read?.plans).toEqual(expected);
    expect(read?.settings).toBeUndefined();
  });

  it('tracks the newest schema version as Dexie stores it', async () => {
    const { indexedDB, db } = freshDatabase();
    await db.open();
    expect(db.backendDB().version).toBe(NEWEST_INDEXEDDB_VERSION);
    db.close();
    expect(await readForFirstPaint(indexedDB)).toEqual({ plans: [], settings: undefined });
  });

  it('reads the stored settings in the same transaction', async () => {
    const { indexedDB, db } = freshDatabase();
    const settings = { ...DEFAULT_SETTINGS, lastBackupAt: '2026-10-01T08:00:00.000Z' };
    await db.settings.put({ key: SETTINGS_KEY, value: settings });
    db.close();
    expect((await readForFirstPaint(indexedDB))?.settings).toEqual(settings);
  });

  it('leaves a missing database to Dexie: answers undefined and creates nothing', async () => {
    const indexedDB = new IDBFactory();
    expect(await readForFirstPaint(indexedDB)).toBeUndefined();
    expect(await indexedDB.databases()).toEqual([]);
    // Dexie then creates it as for a new user.
    const db = new KeeperDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange });
    await db.plans.put(aPlan());
    expect(await db.plans.count()).toBe(1);
    db.close();
  });

  it('leaves an older database to Dexie, which upgrades it first', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_VERSIONS[1]);
    await old.table('plans').put({ id: 'v1', label: 'Rome', carrierId: 'tim', expiresAt: '2026-12-02T22:59:00.000Z' });
    old.close();

    expect(await readForFirstPaint(indexedDB)).toBeUndefined();
    const db = new KeeperDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange });
    expect((await listActivePlans(db)).map((plan) => plan.id)).toEqual(['v1']);
    db.close();
  });

  it('does not hold the database open: Dexie can still upgrade after it', async () => {
    const { indexedDB, db } = freshDatabase();
    await db.open();
    db.close();
    await readForFirstPaint(indexedDB);
    const newer = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    newer.version(4).stores({ ...SCHEMA_VERSIONS[3], extra: 'id' });
    await newer.open();
    expect(newer.verno).toBe(4);
    newer.close();
  });

  it('answers undefined when IndexedDB itself fails', async () => {
    const broken = { open: () => { throw new Error('denied'); } } as unknown as IDBFactory;
    expect(await readForFirstPaint(broken)).toBeUndefined();
  });
});
