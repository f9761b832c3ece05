import ical, { ICalAlarmType, type ICalEvent } from 'ical-generator';
import type { Plan } from '../plans/plan';
import type { LeadTime, Settings } from '../plans/settings';
import { redactActivationCodes } from './redact-activation-codes';
import { localDateTimeOf } from '../plans/expiry-input';

/** A plan as the calendar's wording sees it: never its activation code. */
export type CalendarPlan = Omit<Plan, 'activationCode'>;

/** The calendar's words, from the UI in the person's language. */
export interface CalendarTexts {
  /** The event title: "Rome eSIM runs out". */
  summary(plan: CalendarPlan): string;
  /** The event's notes: what to do, where to renew. */
  description?(plan: CalendarPlan): string;
  /** The calendar's name, for apps that show one: "eSIM Keeper". */
  calendarName?: string;
}

const DAY_SECONDS = 86_400;

/**
 * The plans' expiries as an iCalendar file (RFC 5545) for the person's own calendar
 * (docs/backup-format.md, "Calendar file"):
 *
 * - one event per plan that is not archived, with UID `<plan id>-<expiry>@esim-keeper`:
 *   importing a newer file again updates the event rather than adding a second one, and
 *   after a renewal the new expiry is a new event (the old one stays, as history);
 * - a plan with a time of expiry (`instant`) is an event at that instant, in UTC; a plan
 *   with a date only (`day`) is an all-day event on that date in the carrier's zone;
 * - one alarm per lead time in the settings. "N days before" fires N days before the
 *   expiry: for an all-day event at the reminder time (`reminderTime`) of that day, as
 *   the extension's own reminders do; for a timed one at the expiry's time of day (the
 *   file cannot know the person's zone). "At expiry" fires at the event's start, or for an
 *   all-day event at its end (the end of the last day).
 *
 * Never holds activation codes: the texts never see them, and any that appear anyway
 * (pasted into a label or notes) are blanked out.
 */
export function exportIcs(plans: readonly Plan[], settings: Settings, texts: CalendarTexts, now: Date): string {
  const calendar = ical({
    prodId: { company: 'eSIM Keeper', product: 'Plan expiries', language: 'EN' },
    ...(texts.calendarName ? { name: redactActivationCodes(texts.calendarName) } : {}),
  });
  const leadTimes = uniqueLeadTimes(settings.reminderLeadTimes);
  const shown = plans.filter((plan) => !plan.archived).sort((a, b) => compareText(a.expiresAt, b.expiresAt) || compareText(a.id, b.id));
  for (const plan of shown) {
    const { activationCode: _secret, ...calendarPlan } = plan;
    const summary = redactActivationCodes(texts.summary(calendarPlan), plan);
    const description = texts.description ? redactActivationCodes(texts.description(calendarPlan), plan) : undefined;
    const event = calendar.createEvent({
      id: eventUid(plan),
      stamp: now,
      lastModified: new Date(plan.updatedAt),
      summary,
      ...(description ? { description } : {}),
      ...(plan.renewalUrl ? { url: plan.renewalUrl } : {}),
      ...eventTime(plan),
    });
    for (const leadTime of leadTimes) addAlarm(event, plan, leadTime, settings.reminderTime, summary);
  }
  return calendar.toString();
}

/** Stable for a plan and its expiry: `plan-rome-20261202T120000000Z@esim-keeper`. */
export function eventUid(plan: Pick<Plan, 'id' | 'expiresAt'>): string {
  return `${plan.id}-${plan.expiresAt.replace(/[-:.]/g, '')}@esim-keeper`;
}

function eventTime(plan: Plan): { start: Date; end?: Date; allDay?: boolean } {
  if (plan.expiryPrecision === 'instant') return { start: new Date(plan.expiresAt) };
  // ical-generator writes an all-day date from the Date's UTC fields (no calendar time
  // zone is set), so the carrier's local date goes in as UTC midnight.
  const { year, month, day } = localDateTimeOf(plan.expiresAt, plan.timeZone);
  return { start: new Date(Date.UTC(year, month - 1, day)), end: new Date(Date.UTC(year, month - 1, day + 1)), allDay: true };
}

function addAlarm(event: ICalEvent, plan: Plan, leadTime: LeadTime, reminderTime: string, description: string): void {
  const alarm = { type: ICalAlarmType.display, description };
  if (leadTime === 'atExpiry') {
    if (plan.expiryPrecision === 'instant') event.createAlarm({ ...alarm, triggerBefore: 0 });
    // ical-generator v10 ignores `relatesTo` passed to the constructor; the setter works.
    else event.createAlarm({ ...alarm, triggerBefore: 0 }).relatesTo('END');
    return;
  }
  if (plan.expiryPrecision === 'instant') {
    event.createAlarm({ ...alarm, triggerBefore: leadTime.daysBefore * DAY_SECONDS });
    return;
  }
  // From the start of the expiry day back N days, then forward to the reminder time.
  const [hours = 0, minutes = 0] = reminderTime.split(':').map(Number);
  event.createAlarm({ ...alarm, triggerBefore: leadTime.daysBefore * DAY_SECONDS - (hours * 3600 + minutes * 60) });
}

function uniqueLeadTimes(leadTimes: readonly LeadTime[]): LeadTime[] {
  const seen = new Set<string>();
  return leadTimes.filter((leadTime) => {
    const key = leadTime === 'atExpiry' ? leadTime : String(leadTime.daysBefore);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
