import { LANGUAGES } from '../i18n/languages';
import { z } from '../schema/z';
import { instantSchema } from './primitives';

const timeOfDay = z
  .string({ error: 'time.format' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time.format' });

/** "N days before" (at the reminder time) or "at expiry" (at the expiry instant). */
export const leadTimeSchema = z.union(
  [z.literal('atExpiry'), z.strictObject({ daysBefore: z.int().min(1, { error: 'leadTime.range' }).max(90, { error: 'leadTime.range' }) })],
  { error: 'leadTime.format' },
);
export type LeadTime = z.infer<typeof leadTimeSchema>;

/**
 * The person's settings, one record. Defined here in full for the reminder, popup and
 * options issues; every field has a default, so an empty object is valid settings.
 */
export const settingsSchema = z.strictObject({
  /** When to remind before an expiry. */
  reminderLeadTimes: z
    .array(leadTimeSchema)
    .max(10, { error: 'leadTime.tooMany' })
    .default([{ daysBefore: 7 }, { daysBefore: 3 }, { daysBefore: 1 }, 'atExpiry']),
  /** Days before the "number kept until" deadline to remind. */
  numberKeptLeadDays: z.array(z.int().min(1).max(365)).max(10).default([30, 7]),
  /** Local time of day at which "N days before" reminders fire, `HH:mm`. */
  reminderTime: timeOfDay.default('09:00'),
  /** Reminders falling in these hours wait until they end. */
  quietHours: z
    .strictObject({ enabled: z.boolean(), start: timeOfDay, end: timeOfDay })
    .default({ enabled: false, start: '22:00', end: '08:00' }),
  /** A daily reminder after expiry until the plan is renewed or archived. */
  afterExpiryReminders: z.boolean({ error: 'boolean.format' }).default(false),
  /** `browser`: follow the browser's language; or one we ship. */
  language: z.enum(['browser', ...LANGUAGES], { error: 'language.unknown' }).default('browser'),
  /** `locale`: as the language writes dates; or a fixed day-month-year order. */
  dateFormat: z.enum(['locale', 'dmy', 'mdy', 'ymd'], { error: 'dateFormat.unknown' }).default('locale'),
  /**
   * Carriers on whose sites the person turned the in-page fill prompt off ("Don't offer
   * on this site"); the shortcut and the popup's "Fill this page" still work there.
   */
  fillPromptOff: z
    .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'carrier.unknown' }), { error: 'carrier.unknown' })
    .max(100, { error: 'carrier.unknown' })
    .default([]),
  /** When the person last exported a backup. */
  lastBackupAt: instantSchema.optional(),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
