import type { Plan } from '../plans/plan';
import type { Settings } from '../plans/settings';
import { remindersOf } from './reminder-times';
import { dayAt, instantAtDay } from './zone-clock';

export interface ReminderPreview {
  /** The example plan's expiry: 23:59 in the person's zone, far enough ahead for every lead. */
  expiresAt: Date;
  /** When its reminders before and at expiry would come, in order (quiet hours applied). */
  reminders: { kind: 'beforeExpiry' | 'atExpiry'; at: Date }[];
  /** The first daily reminder after expiry, when settings ask for them. */
  firstAfterExpiry?: Date;
}

/**
 * What the reminder settings would do to an example plan, worked out by the scheduler's
 * own rules (remindersOf), so the options page can show it in a sentence and never tells
 * a different story from the notifications. The plan expires at 23:59 in the person's
 * zone, a week after the earliest reminder would come (at least two weeks from today).
 */
export function previewReminders(settings: Settings, now: Date, userTimeZone: string): ReminderPreview {
  const longestLead = Math.max(7, ...settings.reminderLeadTimes.map((lead) => (lead === 'atExpiry' ? 0 : lead.daysBefore)));
  const expiryDay = dayAt(now.getTime(), userTimeZone) + longestLead + 7;
  const expiresAt = new Date(instantAtDay(expiryDay, 23, 59, userTimeZone));
  const stamp = now.toISOString();
  const example: Plan = {
    id: 'preview',
    label: 'preview',
    carrierId: 'custom',
    expiresAt: expiresAt.toISOString(),
    expiryPrecision: 'instant',
    timeZone: userTimeZone,
    autoRenew: false,
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const candidates = remindersOf(example, { settings, userTimeZone, nowMs: now.getTime() });
  const reminders = candidates
    .filter(({ reminder }) => reminder.kind === 'beforeExpiry' || reminder.kind === 'atExpiry')
    .sort((a, b) => a.fireMs - b.fireMs)
    .map(({ reminder, fireMs }) => ({ kind: reminder.kind as 'beforeExpiry' | 'atExpiry', at: new Date(fireMs) }));
  const afterExpiry = candidates.find(({ reminder }) => reminder.kind === 'afterExpiry');
  return { expiresAt, reminders, ...(afterExpiry ? { firstAfterExpiry: new Date(afterExpiry.fireMs) } : {}) };
}
