import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../plans/plan';
import { aPlan } from '../../tests/support/plans';
import { KeeperDatabase } from './database';
import { listActivePlans } from './plans';

const plan = (id: string, expiresAt: string, archived = false): Plan => aPlan({ id, label: `Plan ${id}`, expiresAt, archived });

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
