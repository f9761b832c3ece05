import type { Plan } from '../plans/plan';
import type { Settings } from '../plans/settings';
import type { Reminder, ReminderLogEntry } from './reminder';
import { remindersOfPlan, schedule } from './schedule';

/**
 * A simulated background running the scheduler through time, for the property test and
 * the benchmark. It does what src/background does, in memory: on every wake it first shows
 * claims a stopped worker left unshown, then calls `schedule`, claims the due reminders and
 * writes the superseded ones into the log (one transaction), then shows the claimed ones.
 * Pure: the clock is the scenario's.
 *
 * Checked on the way (each breach is a line in `violations`):
 * - no reminder is decided early: claimed (or superseded) only once the clock is at or past
 *   its time; one shown later, by the recovery after a kill, was claimed in time;
 * - none is shown twice, and none is both shown and superseded;
 * - after every completed wake, every armed reminder whose time has passed is in the log:
 *   shown, claimed, or superseded;
 * - a reminder is superseded only by one of the same plan due at the same wake, at or after it;
 * - at most one due per plan per wake; the next wake-up is after `now`;
 * - at the end (after a last wake), every log entry was shown exactly once or superseded.
 */

export type SimulationStep =
  /** Time passes while the worker sleeps (minutes) or the browser is closed (days). */
  | { kind: 'advance'; ms: number }
  /** The alarm fires at the last `nextWakeAt` (if any). */
  | { kind: 'alarm' }
  /** The system clock is set back. */
  | { kind: 'clockBack'; ms: number }
  /** The person lands in another zone. */
  | { kind: 'travel'; timeZone: string }
  /** The worker is stopped between claiming and showing at this step's wake. */
  | { kind: 'kill' }
  /** "Remind me tomorrow" on the last reminder shown. */
  | { kind: 'snooze' }
  /** A plan renewed (or edited): its expiry moves on by `days`, `updatedAt` is now. */
  | { kind: 'renew'; plan: number; days: number };

export interface SimulationScenario {
  plans: Plan[];
  settings: Settings;
  startMs: number;
  userTimeZone: string;
  steps: SimulationStep[];
}

export interface SimulationResult {
  violations: string[];
  wakes: number;
  shown: number;
  superseded: number;
}

const DAY_MS = 86_400_000;

export function simulate(scenario: SimulationScenario): SimulationResult {
  const plans = scenario.plans.map((plan) => ({ ...plan }));
  const { settings } = scenario;
  let userTimeZone = scenario.userTimeZone;
  let nowMs = scenario.startMs;
  let nextWakeMs: number | undefined;
  const log = new Map<string, ReminderLogEntry>();
  const shownCount = new Map<string, number>();
  const violations: string[] = [];
  let lastShown: string | undefined;
  let wakes = 0;
  let supersededCount = 0;

  const fail = (what: string) => {
    if (violations.length < 20) violations.push(`${new Date(nowMs).toISOString()} ${userTimeZone}: ${what}`);
  };

  const show = (entry: ReminderLogEntry) => {
    const count = (shownCount.get(entry.key) ?? 0) + 1;
    shownCount.set(entry.key, count);
    if (count > 1) fail(`${entry.key} shown ${count} times`);
    if (entry.supersededBy !== undefined) fail(`${entry.key} shown though superseded`);
    entry.shownAt = new Date(nowMs).toISOString();
    lastShown = entry.key;
  };

  const wake = (killed: boolean) => {
    wakes += 1;
    // A claim left unshown by a stopped worker is shown on the next wake.
    for (const entry of log.values()) {
      if (entry.shownAt !== undefined || entry.supersededBy !== undefined) continue;
      if (Date.parse(entry.claimedAt) < Date.parse(entry.fireAt)) fail(`${entry.key} claimed before its time`);
      show(entry);
    }

    const input = { plans, settings, log: [...log.values()], now: new Date(nowMs), userTimeZone };
    const result = schedule(input);
    const claimedAt = new Date(nowMs).toISOString();
    const duePlans = new Set<string>();
    const dueByKey = new Map<string, Reminder>();
    for (const reminder of result.due) {
      if (duePlans.has(reminder.planId)) fail(`two due for ${reminder.planId}`);
      duePlans.add(reminder.planId);
      dueByKey.set(reminder.key, reminder);
      if (Date.parse(reminder.fireAt) > nowMs) fail(`${reminder.key} due early (fires ${reminder.fireAt})`);
      if (log.has(reminder.key)) fail(`${reminder.key} due again`);
    }
    for (const { reminder, by } of result.superseded) {
      const winner = dueByKey.get(by);
      if (winner === undefined || winner.planId !== reminder.planId) fail(`${reminder.key} superseded by ${by}, not a due one of its plan`);
      else if (winner.fireAt < reminder.fireAt) fail(`${reminder.key} superseded by the older ${by}`);
      if (Date.parse(reminder.fireAt) > nowMs) fail(`${reminder.key} superseded before its time`);
      if (log.has(reminder.key)) fail(`${reminder.key} superseded again`);
      log.set(reminder.key, { key: reminder.key, planId: reminder.planId, fireAt: reminder.fireAt, claimedAt, supersededBy: by });
      supersededCount += 1;
    }
    const claimed = result.due.map((reminder) => {
      const entry: ReminderLogEntry = { key: reminder.key, planId: reminder.planId, fireAt: reminder.fireAt, claimedAt };
      log.set(reminder.key, entry);
      return entry;
    });
    if (result.nextWakeAt !== undefined && Date.parse(result.nextWakeAt) <= nowMs) fail(`next wake-up ${result.nextWakeAt} is not ahead`);
    nextWakeMs = result.nextWakeAt === undefined ? undefined : Date.parse(result.nextWakeAt);
    if (killed) return;
    for (const entry of claimed) show(entry);

    // Every armed reminder whose time has passed is now in the log.
    for (const plan of plans) {
      if (plan.archived) continue;
      const armedSinceMs = Date.parse(plan.updatedAt);
      for (const { reminder, fireMs } of remindersOfPlan(plan, input)) {
        if (fireMs > nowMs || fireMs <= armedSinceMs || log.has(reminder.key)) continue;
        fail(`${reminder.key} (fires ${new Date(fireMs).toISOString()}) passed but is not in the log`);
      }
    }
  };

  for (const step of scenario.steps) {
    let killed = false;
    switch (step.kind) {
      case 'advance':
        nowMs += step.ms;
        break;
      case 'alarm':
        if (nextWakeMs !== undefined) nowMs = nextWakeMs;
        break;
      case 'clockBack':
        nowMs -= step.ms;
        break;
      case 'travel':
        userTimeZone = step.timeZone;
        break;
      case 'kill':
        killed = true;
        break;
      case 'snooze': {
        const entry = lastShown === undefined ? undefined : log.get(lastShown);
        if (entry !== undefined && entry.snoozedUntil === undefined) entry.snoozedUntil = new Date(nowMs + DAY_MS).toISOString();
        break;
      }
      case 'renew': {
        const plan = plans[step.plan % plans.length];
        if (plan === undefined) break;
        plan.expiresAt = new Date(Date.parse(plan.expiresAt) + step.days * DAY_MS).toISOString();
        plan.updatedAt = new Date(nowMs).toISOString();
        break;
      }
    }
    wake(killed);
  }
  wake(false);

  for (const entry of log.values()) {
    const count = shownCount.get(entry.key) ?? 0;
    if (entry.supersededBy === undefined && count !== 1) fail(`${entry.key} shown ${count} times in all`);
    if (entry.supersededBy !== undefined && !log.has(entry.supersededBy)) fail(`${entry.key} superseded by ${entry.supersededBy}, never logged`);
  }
  return { violations, wakes, shown: [...shownCount.values()].reduce((sum, count) => sum + count, 0), superseded: supersededCount };
}
