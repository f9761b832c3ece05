import type { Plan } from '../plans/plan';
import type { KeeperDatabase } from './database';

/** Plans on the glance: not archived, soonest expiry first. */
export async function listActivePlans(db: KeeperDatabase): Promise<Plan[]> {
  const byExpiry = await db.plans.orderBy('expiresAt').toArray();
  return byExpiry.filter((plan) => !plan.archived);
}

/**
 * One carrier's plans on the glance, in the same order: read through the carrierId index,
 * since a carrier page asks for them on every load.
 */
export async function listActivePlansOf(db: KeeperDatabase, carrierId: string): Promise<Plan[]> {
  const ofCarrier = await db.plans.where('carrierId').equals(carrierId).toArray();
  // Stable, and the index returns ties by id, as orderBy('expiresAt') does.
  return ofCarrier.filter((plan) => !plan.archived).sort((a, b) => (a.expiresAt < b.expiresAt ? -1 : a.expiresAt > b.expiresAt ? 1 : 0));
}
