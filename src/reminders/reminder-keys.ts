import type { ReminderKind } from './reminder';

/**
 * Reminder keys (documented on `Reminder.key` in reminder.ts). A key names the plan, the
 * deadline and the lead, never the person's zone or the computed time: travelling or
 * changing the quiet hours moves a reminder but does not make it a new one.
 * Plan ids have no `|` (plan.ts) and instants have none, so `|` separates safely.
 */

export function beforeExpiryKey(planId: string, expiresAt: string, daysBefore: number): string {
  return `${planId}|expiry|${expiresAt}|${daysBefore}d`;
}

export function atExpiryKey(planId: string, expiresAt: string): string {
  return `${planId}|expiry|${expiresAt}|at`;
}

export function autoRenewKey(planId: string, expiresAt: string): string {
  return `${planId}|expiry|${expiresAt}|auto`;
}

/** `date` is the person's local date the daily reminder is for, `2026-12-03`. */
export function afterExpiryKey(planId: string, expiresAt: string, date: string): string {
  return `${planId}|expired|${expiresAt}|${date}`;
}

export function numberKeptKey(planId: string, deadline: string, daysBefore: number): string {
  return `${planId}|kept|${deadline}|${daysBefore}d`;
}

export function snoozeKey(key: string, snoozedUntil: string): string {
  return `${key}|snooze|${snoozedUntil}`;
}

/** What a key says about its reminder; a snoozed one reads as the reminder it repeats. */
export interface ParsedKey {
  planId: string;
  kind: ReminderKind;
  deadline: string;
  daysBefore?: number;
}

/** Reads a key back (for snoozes, which the log knows only by key); undefined if foreign. */
export function parseReminderKey(key: string): ParsedKey | undefined {
  const [planId, family, deadline, lead, ...rest] = key.split('|');
  if (planId === undefined || deadline === undefined || lead === undefined) return undefined;
  for (let index = 0; index < rest.length; index += 2) {
    if (rest[index] !== 'snooze' || rest[index + 1] === undefined) return undefined;
  }
  const days = /^(\d+)d$/.exec(lead);
  if (family === 'expiry') {
    if (lead === 'at') return { planId, kind: 'atExpiry', deadline };
    if (lead === 'auto') return { planId, kind: 'autoRenew', deadline, daysBefore: 1 };
    if (days) return { planId, kind: 'beforeExpiry', deadline, daysBefore: Number(days[1]) };
  }
  if (family === 'expired' && /^\d{4}-\d{2}-\d{2}$/.test(lead)) return { planId, kind: 'afterExpiry', deadline };
  if (family === 'kept' && days) return { planId, kind: 'numberKept', deadline, daysBefore: Number(days[1]) };
  return undefined;
}
