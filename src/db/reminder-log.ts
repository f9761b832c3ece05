import type { Plan } from '../plans/plan';
import type { ReminderLogEntry } from '../reminders/reminder';
import type { KeeperDatabase } from './database';

/**
 * For each plan, the reminder about its current expiry that was shown and not yet snoozed:
 * the popup offers "Remind me tomorrow" for it (Firefox notifications have no buttons).
 */
export async function snoozableReminders(db: KeeperDatabase, plans: readonly Plan[]): Promise<Map<string, ReminderLogEntry>> {
  const byPlan = new Map<string, ReminderLogEntry>();
  const ids = plans.map((plan) => plan.id);
  if (ids.length === 0) return byPlan;
  const entries = await db.reminderLog.where('planId').anyOf(ids).toArray();
  const expiryOf = new Map(plans.map((plan) => [plan.id, plan.expiresAt]));
  for (const entry of entries) {
    if (!entry.shownAt || entry.snoozedUntil || entry.supersededBy) continue;
    if (entry.reminder?.deadline !== expiryOf.get(entry.planId)) continue;
    const kept = byPlan.get(entry.planId);
    if (!kept || entry.fireAt > kept.fireAt) byPlan.set(entry.planId, entry);
  }
  return byPlan;
}
