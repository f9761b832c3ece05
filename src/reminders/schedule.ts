import type { Plan } from '../plans/plan';
import type { Reminder, ReminderKind, ReminderLogEntry, Schedule, ScheduleInput } from './reminder';
import { parseReminderKey, snoozeKey } from './reminder-keys';
import { afterQuietHours } from './quiet-hours';
import { type Candidate, remindersOf, toReminder } from './reminder-times';

/**
 * The pure scheduler: plans, settings, the log of sent reminders and `now` → the reminders
 * to show now, those they supersede, and when to wake next.
 *
 * - Due: a reminder whose time has come (`fireAt <= now`) and whose key is not in the log,
 *   whatever the log entry says (claimed, shown or superseded). The log decides, not the
 *   clock: a clock set back, or a zone change that moves a sent reminder ahead again, never
 *   sends it twice.
 * - Armed since the last change: a reminder whose time was at or before the plan's
 *   `updatedAt` is never due and never logged: the person was looking at the plan then.
 * - Catch-up: of a plan's due reminders only the most urgent is shown; the others are
 *   superseded by it, so a browser closed for a week shows one notification per plan.
 * - Snoozed log entries come back at `snoozedUntil` (after quiet hours), keyed
 *   `<key>|snooze|<until>`, while the deadline they are about is still the plan's current
 *   one (a renewal or "let it expire" drops them).
 */
export function schedule(input: ScheduleInput): Schedule {
  const { plans, log } = input;
  const nowMs = input.now.getTime();
  const logged = new Set(log.map((entry) => entry.key));
  const snoozesByPlan = groupSnoozes(log);

  const due: { plan: Plan; reminder: Reminder }[] = [];
  const superseded: Schedule['superseded'] = [];
  let nextWakeMs = Infinity;

  for (const plan of plans) {
    if (plan.archived) continue;
    const candidates = remindersOfPlan(plan, input, snoozesByPlan.get(plan.id));
    const armedSinceMs = Date.parse(plan.updatedAt);
    const dueNow: Candidate[] = [];
    for (const candidate of candidates) {
      if (candidate.fireMs <= armedSinceMs || logged.has(candidate.reminder.key)) continue;
      if (candidate.fireMs <= nowMs) dueNow.push(candidate);
      else nextWakeMs = Math.min(nextWakeMs, candidate.fireMs);
    }
    if (dueNow.length === 0) continue;
    dueNow.sort(byUrgency);
    const [winner, ...losers] = dueNow as [Candidate, ...Candidate[]];
    due.push({ plan, reminder: toReminder(winner) });
    // Oldest first, as they fell due.
    for (const loser of losers.reverse()) superseded.push({ reminder: toReminder(loser), by: winner.reminder.key });
  }

  due.sort((a, b) => compareText(a.plan.createdAt, b.plan.createdAt) || compareText(a.plan.id, b.plan.id));
  return {
    due: due.map(({ reminder }) => reminder),
    superseded,
    ...(nextWakeMs === Infinity ? {} : { nextWakeAt: new Date(nextWakeMs).toISOString() }),
  };
}

/**
 * Every reminder of a plan now, due or not, logged or not: its current cycle (see
 * reminder-times.ts) and the snoozes of its log entries. Exported for the simulation.
 */
export function remindersOfPlan(plan: Plan, input: ScheduleInput, snoozes?: readonly ReminderLogEntry[]): Candidate[] {
  const { settings, userTimeZone, dormancyOf } = input;
  const context = { settings, userTimeZone, nowMs: input.now.getTime(), dormancy: dormancyOf?.(plan) };
  const candidates = remindersOf(plan, context);
  const planSnoozes = snoozes ?? input.log.filter((entry) => entry.planId === plan.id && entry.snoozedUntil !== undefined);
  if (planSnoozes.length > 0) candidates.push(...snoozedReminders(planSnoozes, candidates, plan, context));
  return candidates;
}

/**
 * Ties (two reminders of a plan due at the same instant, e.g. a quiet-hours shift lands
 * them together) go to the one about the nearer, harder deadline: at expiry, then the
 * auto-renewal notice, then "N days before" (fewer days first), then "number kept" (losing
 * the number is worse than a reminder that it already expired), then "expired"; the key
 * settles the rest so the answer never depends on input order.
 */
const KIND_RANK: Record<ReminderKind, number> = { atExpiry: 0, autoRenew: 1, beforeExpiry: 2, numberKept: 3, afterExpiry: 4 };

/** Most urgent first: the latest fireAt (closest to its deadline), then by kind. */
function byUrgency(a: Candidate, b: Candidate): number {
  return (
    b.fireMs - a.fireMs ||
    KIND_RANK[a.reminder.kind] - KIND_RANK[b.reminder.kind] ||
    (a.reminder.daysBefore ?? 0) - (b.reminder.daysBefore ?? 0) ||
    compareText(a.reminder.key, b.reminder.key)
  );
}

function groupSnoozes(log: readonly ReminderLogEntry[]): Map<string, ReminderLogEntry[]> {
  const byPlan = new Map<string, ReminderLogEntry[]>();
  for (const entry of log) {
    if (entry.snoozedUntil === undefined) continue;
    const entries = byPlan.get(entry.planId) ?? [];
    entries.push(entry);
    byPlan.set(entry.planId, entries);
  }
  return byPlan;
}

/**
 * The snoozes of a plan's log entries, as reminders like the one snoozed (same kind,
 * deadline and lead). Only those about a deadline the plan still has: its current expiry
 * (not silenced), or its current "number kept" deadline; after-expiry ones only while the
 * setting is on.
 */
function snoozedReminders(
  entries: readonly ReminderLogEntry[],
  current: readonly Candidate[],
  plan: Plan,
  context: Parameters<typeof remindersOf>[1],
): Candidate[] {
  const currentDeadlines = new Set(current.map(({ reminder }) => `${reminder.kind} ${reminder.deadline}`));
  const snoozes: Candidate[] = [];
  for (const entry of entries) {
    const parsed = parseReminderKey(entry.key);
    if (parsed === undefined || entry.snoozedUntil === undefined) continue;
    if (!currentDeadlines.has(`${parsed.kind} ${parsed.deadline}`)) continue;
    const untilMs = Date.parse(entry.snoozedUntil);
    if (Number.isNaN(untilMs)) continue;
    const fireMs = afterQuietHours(untilMs, context.settings.quietHours, context.userTimeZone);
    snoozes.push({
      reminder: {
        key: snoozeKey(entry.key, entry.snoozedUntil),
        planId: plan.id,
        kind: parsed.kind,
        deadline: parsed.deadline,
        ...(parsed.daysBefore === undefined ? {} : { daysBefore: parsed.daysBefore }),
      },
      fireMs,
    });
  }
  return snoozes;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
