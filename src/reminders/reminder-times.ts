import type { Dormancy } from '../plans/number-kept';
import { numberKeptUntil } from '../plans/number-kept';
import type { Plan } from '../plans/plan';
import type { Settings } from '../plans/settings';
import { afterQuietHours } from './quiet-hours';
import type { Reminder } from './reminder';
import { afterExpiryKey, atExpiryKey, autoRenewKey, beforeExpiryKey, numberKeptKey } from './reminder-keys';
import { dayAt, hourAndMinute, instantAtDay, isoDateOfDay } from './zone-clock';
import { isLetExpire } from '../plans/let-expire';

const DAY_MS = 86_400_000;

/**
 * A reminder with its time as epoch ms, for sorting and comparing without parsing; its ISO
 * `fireAt` is written only for the few that are due (see `toReminder`).
 */
export interface Candidate {
  reminder: Omit<Reminder, 'fireAt'>;
  fireMs: number;
}

export function toReminder({ reminder, fireMs }: Candidate): Reminder {
  return { ...reminder, fireAt: new Date(fireMs).toISOString() };
}

export interface ReminderContext {
  settings: Settings;
  userTimeZone: string;
  nowMs: number;
  dormancy?: Dormancy | undefined;
}

/**
 * Every reminder of a plan's current cycle, each at the time it falls due (after quiet
 * hours moved it), past or future: the scheduler then decides which are due, which are
 * armed, which are in the log. Archived plans have none.
 *
 * "N days before" counts from the deadline's calendar date **in the plan's zone** (the
 * date the carrier states, the one on the person's receipt) and fires at the reminder time
 * **in the person's current zone**. The worked example pins this: a plan expiring
 * Tue 2 Dec 23:59 Rome time (3 Dec 06:59 in Shanghai), lead 1 day, 09:00, person in
 * Shanghai → Mon 1 Dec 09:00 Shanghai time. Counting in Shanghai would give 2 Dec.
 * A "before" reminder that would fire at or after its own deadline (far-west zone, late
 * reminder time) is dropped: "expires tomorrow" after the fact would be wrong, and the
 * "at expiry" one covers the moment itself.
 */
export function remindersOf(plan: Plan, context: ReminderContext): Candidate[] {
  if (plan.archived) return [];
  const { settings, userTimeZone } = context;
  const [hour, minute] = hourAndMinute(settings.reminderTime);
  const candidates: Candidate[] = [];
  const add = (reminder: Candidate['reminder'], dueMs: number) => {
    const fireMs = afterQuietHours(dueMs, settings.quietHours, userTimeZone);
    candidates.push({ reminder, fireMs });
  };
  /** `daysBefore` days before the deadline's date (a day number), at the reminder time. */
  const daysBeforeAt = (deadlineDay: number, daysBefore: number) => instantAtDay(deadlineDay - daysBefore, hour, minute, userTimeZone);

  const expiresAt = plan.expiresAt;
  const expiresMs = Date.parse(expiresAt);
  const expiryDay = dayAt(expiresMs, plan.timeZone);
  // "Let it expire" silences this expiry only: a renewal (a new expiresAt) arms them again.
  const silenced = isLetExpire(plan);

  if (!silenced && plan.autoRenew) {
    const dueMs = daysBeforeAt(expiryDay, 1);
    if (dueMs < expiresMs) {
      add({ key: autoRenewKey(plan.id, expiresAt), planId: plan.id, kind: 'autoRenew', deadline: expiresAt, daysBefore: 1 }, dueMs);
    }
  } else if (!silenced) {
    const seen = new Set<string>();
    for (const lead of settings.reminderLeadTimes) {
      if (lead === 'atExpiry') {
        const key = atExpiryKey(plan.id, expiresAt);
        if (seen.has(key)) continue;
        seen.add(key);
        add({ key, planId: plan.id, kind: 'atExpiry', deadline: expiresAt }, expiresMs);
      } else {
        const key = beforeExpiryKey(plan.id, expiresAt, lead.daysBefore);
        const dueMs = daysBeforeAt(expiryDay, lead.daysBefore);
        if (seen.has(key) || dueMs >= expiresMs) continue;
        seen.add(key);
        add({ key, planId: plan.id, kind: 'beforeExpiry', deadline: expiresAt, daysBefore: lead.daysBefore }, dueMs);
      }
    }
    if (settings.afterExpiryReminders) candidates.push(...afterExpiryReminders(plan, context, hour, minute));
  }

  const keptUntil = numberKeptUntil(plan, context.dormancy);
  if (keptUntil !== undefined) {
    const keptMs = Date.parse(keptUntil);
    const keptDay = dayAt(keptMs, plan.timeZone);
    for (const daysBefore of new Set(settings.numberKeptLeadDays)) {
      const dueMs = daysBeforeAt(keptDay, daysBefore);
      if (dueMs >= keptMs) continue;
      add(
        { key: numberKeptKey(plan.id, keptUntil, daysBefore), planId: plan.id, kind: 'numberKept', deadline: keptUntil, daysBefore },
        dueMs,
      );
    }
  }
  return candidates;
}

/**
 * The daily reminders after expiry: one per calendar date of the person's zone after the
 * expiry's date, at the reminder time, keyed by that date (so travelling west does not
 * repeat a date). Only the latest past one can ever be due (catch-up keeps the most
 * urgent), so the history is not generated: from the date of `now − 1 day` on, up to and
 * including the first one still ahead (for the next wake-up).
 */
function afterExpiryReminders(plan: Plan, context: ReminderContext, hour: number, minute: number): Candidate[] {
  const { settings, userTimeZone, nowMs } = context;
  const expiresMs = Date.parse(plan.expiresAt);
  // From the later of the day after the expiry's date and yesterday (person's zone).
  const fromDay = Math.max(dayAt(expiresMs, userTimeZone) + 1, dayAt(nowMs - DAY_MS, userTimeZone));

  const candidates: Candidate[] = [];
  // A handful of days at most: a quiet-hours shift can push one past the next date.
  for (let day = fromDay; day < fromDay + 5; day += 1) {
    const fireMs = afterQuietHours(instantAtDay(day, hour, minute, userTimeZone), settings.quietHours, userTimeZone);
    candidates.push({
      reminder: { key: afterExpiryKey(plan.id, plan.expiresAt, isoDateOfDay(day)), planId: plan.id, kind: 'afterExpiry', deadline: plan.expiresAt },
      fireMs,
    });
    if (fireMs > nowMs) break;
  }
  return candidates;
}
