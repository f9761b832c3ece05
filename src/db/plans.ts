import type { Plan } from '../plans/plan';
import type { KeeperDatabase } from './database';

/** Plans on the glance: not archived, soonest expiry first. */
export async function listActivePlans(db: KeeperDatabase): Promise<Plan[]> {
  const byExpiry = await db.plans.orderBy('expiresAt').toArray();
  return byExpiry.filter((plan) => !plan.archived);
}
