import type { LeadTime } from '../plans/settings';

/** The limits the settings schema enforces, so a page can say so before saving. */
export const MAX_LEAD_TIMES = 10;
export const MAX_DAYS_BEFORE_EXPIRY = 90;
export const MAX_DAYS_BEFORE_NUMBER_LOST = 365;

export type AddProblem = 'duplicate' | 'range' | 'tooMany';
export type AddResult<T> = { ok: true; list: T[] } | { ok: false; problem: AddProblem };

/** In the order they arrive: the earliest (most days before) first, "at expiry" last. */
export function sortLeadTimes(leadTimes: readonly LeadTime[]): LeadTime[] {
  return [...leadTimes].sort((a, b) => daysOf(b) - daysOf(a));
}

/** Adds a reminder to the "before expiry" list, sorted; refuses a repeat, a day count out of range, an eleventh. */
export function addLeadTime(leadTimes: readonly LeadTime[], lead: LeadTime): AddResult<LeadTime> {
  if (lead !== 'atExpiry' && !isWholeDayCount(lead.daysBefore, MAX_DAYS_BEFORE_EXPIRY)) return { ok: false, problem: 'range' };
  if (leadTimes.some((existing) => sameLeadTime(existing, lead))) return { ok: false, problem: 'duplicate' };
  if (leadTimes.length >= MAX_LEAD_TIMES) return { ok: false, problem: 'tooMany' };
  return { ok: true, list: sortLeadTimes([...leadTimes, lead]) };
}

export function removeLeadTime(leadTimes: readonly LeadTime[], lead: LeadTime): LeadTime[] {
  return leadTimes.filter((existing) => !sameLeadTime(existing, lead));
}

/** The same for the "number kept" reminders: days before the number would be lost. */
export function addDaysBefore(days: readonly number[], daysBefore: number, max: number): AddResult<number> {
  if (!isWholeDayCount(daysBefore, max)) return { ok: false, problem: 'range' };
  if (days.includes(daysBefore)) return { ok: false, problem: 'duplicate' };
  if (days.length >= MAX_LEAD_TIMES) return { ok: false, problem: 'tooMany' };
  return { ok: true, list: [...days, daysBefore].sort((a, b) => b - a) };
}

export function sameLeadTime(a: LeadTime, b: LeadTime): boolean {
  return a === 'atExpiry' || b === 'atExpiry' ? a === b : a.daysBefore === b.daysBefore;
}

function daysOf(lead: LeadTime): number {
  return lead === 'atExpiry' ? 0 : lead.daysBefore;
}

function isWholeDayCount(days: number, max: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= max;
}
