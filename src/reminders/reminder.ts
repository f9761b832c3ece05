import type { Dormancy } from '../plans/number-kept';
import type { Plan } from '../plans/plan';
import type { Settings } from '../plans/settings';

/**
 * The contract between the pure scheduler (src/reminders) and the background glue
 * (src/background): what a reminder is, what the log of sent reminders holds, and what the
 * scheduler is given and answers.
 */

/**
 * - `beforeExpiry`: N calendar days before the expiry, at the person's reminder time;
 * - `atExpiry`: at the expiry instant;
 * - `autoRenew`: the one reminder of an auto-renewing plan, the day before;
 * - `afterExpiry`: daily after expiry, until renewed or archived (when settings ask);
 * - `numberKept`: N days before the "number kept until" deadline of a prepaid line.
 */
export type ReminderKind = 'beforeExpiry' | 'atExpiry' | 'autoRenew' | 'afterExpiry' | 'numberKept';

export interface Reminder {
  /**
   * Stable identity, also the notification id (creating a notification again with the same
   * id replaces it, never duplicates). It names the plan, the deadline the reminder is
   * about and the lead, so renewing a plan (a new expiry) starts a fresh cycle:
   * `<planId>|expiry|<expiresAt>|7d`, `…|at`, `…|auto`, `<planId>|expired|<expiresAt>|<YYYY-MM-DD>`,
   * `<planId>|kept|<deadline>|30d`; a snoozed one adds `|snooze|<until>`.
   */
  key: string;
  planId: string;
  kind: ReminderKind;
  /** When it is due (after quiet hours moved it), an instant. */
  fireAt: string;
  /** The expiry or "number kept until" instant the reminder is about. */
  deadline: string;
  /** For `beforeExpiry` / `numberKept` / `autoRenew`: the calendar days before the deadline. */
  daysBefore?: number;
}

/** One line of the log of sent reminders, stored in IndexedDB (table `reminderLog`, key `key`). */
export interface ReminderLogEntry {
  key: string;
  planId: string;
  fireAt: string;
  /** Written in the same transaction that decides to show it: claimed, exactly once. */
  claimedAt: string;
  /** Set after the notification was created; a claim without it is shown again on wake. */
  shownAt?: string;
  /** Never shown: a more urgent reminder of the same plan was shown instead (catch-up). */
  supersededBy?: string;
  /** "Remind me tomorrow": show it again at this instant (a new reminder, key + `|snooze|…`). */
  snoozedUntil?: string;
  /**
   * The reminder itself, kept by the background so a claim left unshown by a stopped worker
   * can be shown again with the same text. The scheduler does not need it.
   */
  reminder?: Reminder;
}

export interface ScheduleInput {
  plans: readonly Plan[];
  settings: Settings;
  log: readonly ReminderLogEntry[];
  now: Date;
  /** The person's current IANA zone (they travel): day counts and the reminder time use it. */
  userTimeZone: string;
  /** The carrier's dormancy rule for a plan, for `numberKept` reminders. */
  dormancyOf?: (plan: Plan) => Dormancy | undefined;
}

export interface Schedule {
  /** Reminders to show now: at most one per plan (the most urgent), oldest plan first. */
  due: Reminder[];
  /** Reminders that fell due but lost to a more urgent one of the same plan: log, never show. */
  superseded: { reminder: Reminder; by: string }[];
  /** The next instant something falls due (or undefined: nothing ahead). */
  nextWakeAt?: string;
}
