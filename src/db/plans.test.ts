import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../plans/plan';
import { aPlan } from '../../tests/support/plans';
import { KeeperDatabase } from './database';
import { listActivePlans, listActivePlansOf } from './plans';

const plan = (id: string, expiresAt: string, archived = false, carrierId = 'tim'): Plan => aPlan({ id, label: `Plan ${id}`, expiresAt, archived, carrierId });

describe('listActivePlans', () => {
  const db = new KeeperDatabase(`plans-test-${Math.random()}`);
  afterEach(() => db.plans.clear());

  it('returns nothing for an empty database', async () => {
    expect(await listActivePlans(db)).toEqual([]);
  });

  it('lists plans soonest expiry first and hides archived ones', async () => {
    await db.plans.bulkPut([
      plan('baku', '2027-01-10T20:00:00.000Z'),
      plan('rome', '2026-12-02T22:59:00.000Z'),
      plan('old', '2026-01-01T00:00:00.000Z', true),
      plan('milan', '2026-12-24T22:59:00.000Z'),
    ]);
    expect((await listActivePlans(db)).map((p) => p.id)).toEqual(['rome', 'milan', 'baku']);
  });
});

describe('listActivePlansOf', () => {
  const db = new KeeperDatabase(`plans-of-test-${Math.random()}`);
  afterEach(() => db.plans.clear());

  it("answers listActivePlans' answer for that carrier alone, ties in the same order", async () => {
    await db.plans.bulkPut([
      plan('b', '2026-12-24T22:59:00.000Z'),
      plan('baku', '2026-12-10T20:00:00.000Z', false, 'azercell'),
      plan('a', '2026-12-24T22:59:00.000Z'),
      plan('rome', '2026-12-02T22:59:00.000Z'),
      plan('old', '2026-01-01T00:00:00.000Z', true),
    ]);
    const all = await listActivePlans(db);
    expect(await listActivePlansOf(db, 'tim')).toEqual(all.filter((each) => each.carrierId === 'tim'));
    expect((await listActivePlansOf(db, 'tim')).map((p) => p.id)).toEqual(['rome', 'a', 'b']);
    expect(await listActivePlansOf(db, 'iliad')).toEqual([]);
  });
});
