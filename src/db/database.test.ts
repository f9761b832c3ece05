import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { aPlan } from '../../tests/support/plans';
import { planSchema } from '../plans/plan';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { KeeperDatabase, SCHEMA_VERSIONS } from './database';

const uniqueName = () => `migration-test-${Math.random()}`;

/** A database as a user of an older version left it. */
async function createAtVersion(name: string, version: 1 | 2, rows: Record<string, unknown[]>) {
  const old = new Dexie(name);
  // An old build declared every version up to its own.
  for (let v = 1; v <= version; v += 1) old.version(v).stores(SCHEMA_VERSIONS[v as 1 | 2]);
  await old.open();
  for (const [table, records] of Object.entries(rows)) await old.table(table).bulkPut(records);
  old.close();
}

describe('KeeperDatabase migrations', () => {
  it('lists versions in order, the newest last', () => {
    const versions = Object.keys(SCHEMA_VERSIONS).map(Number);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const db = new KeeperDatabase(uniqueName());
    expect(db.verno).toBe(Math.max(...versions));
  });

  it('opens version 1 data and loses nothing, filling what the full plan needs', async () => {
    const name = uniqueName();
    const v1Plans = [
      { id: 'rome', label: 'Rome eSIM', carrierId: 'tim', expiresAt: '2026-12-02T22:59:00.000Z', archived: false },
      { id: 'old', label: 'Old Vodafone', carrierId: 'tim', expiresAt: '2025-01-01T00:00:00.000Z', archived: true },
      { id: 'gone', label: 'Local SIM', carrierId: 'some-carrier-we-dropped', expiresAt: '2026-05-01T00:00:00.000Z' },
    ];
    await createAtVersion(name, 1, { plans: v1Plans });

    const db = new KeeperDatabase(name);
    const plans = await db.plans.orderBy('id').toArray();
    expect(plans).toHaveLength(3);
    for (const original of v1Plans) {
      const migrated = plans.find((plan) => plan.id === original.id)!;
      // Everything the person stored is still there, unchanged (but the dropped carrier id, kept as its name).
      expect(migrated).toMatchObject({ label: original.label, expiresAt: original.expiresAt });
      // And the record is now a valid full plan.
      expect(planSchema.safeParse(migrated).success, original.id).toBe(true);
    }
    expect(plans.find((plan) => plan.id === 'rome')).toMatchObject({ timeZone: 'Europe/Rome', archived: false, carrierId: 'tim' });
    expect(plans.find((plan) => plan.id === 'old')).toMatchObject({ archived: true });
    expect(plans.find((plan) => plan.id === 'gone')).toMatchObject({
      carrierId: 'custom',
      carrierName: 'some-carrier-we-dropped',
      timeZone: 'UTC',
      archived: false,
    });
    expect(await db.renewals.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    db.close();
  });

  it('opens version 2 data (plans, renewals, settings) and loses nothing', async () => {
    const name = uniqueName();
    const plan = aPlan({ iccid: '8939104520000123458', phoneNumber: '+393331234567' });
    const renewal = {
      id: 'r1',
      planId: plan.id,
      renewedAt: '2026-11-01T10:00:00.000Z',
      previousExpiresAt: '2026-11-02T12:00:00.000Z',
      newExpiresAt: plan.expiresAt,
      channel: 'website',
    };
    const settings = { key: 'settings', value: { ...DEFAULT_SETTINGS, reminderTime: '20:00' } };
    await createAtVersion(name, 2, { plans: [plan], renewals: [renewal], settings: [settings] });

    const db = new KeeperDatabase(name);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.renewals.toArray()).toEqual([renewal]);
    expect(await db.settings.toArray()).toEqual([settings]);
    expect(await db.reminderLog.count()).toBe(0);
    db.close();
  });
});
