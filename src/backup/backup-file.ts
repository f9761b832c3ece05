import { planSchema } from '../plans/plan';
import { instantSchema } from '../plans/primitives';
import { renewalSchema } from '../plans/renewal';
import { settingsSchema } from '../plans/settings';
import { z } from '../schema/z';

/**
 * The backup file: a public contract, described for people in docs/backup-format.md.
 * Change it only by adding a new version (and reading the old ones); never by editing
 * what version 1 means.
 */

/** Says "this JSON is an eSIM Keeper backup" — anything else is someone else's file. */
export const BACKUP_FORMAT = 'esim-keeper-backup';

/** The version this code writes, and the newest it reads. */
export const BACKUP_VERSION = 1;

/**
 * Larger files are refused before JSON.parse. A backup of a few hundred plans with years of
 * renewals is well under 1 MB; 20 MB leaves room and keeps a hostile file from freezing
 * the options page. Compared against the text's length, which for UTF-8 is never more than
 * its size in bytes; the UI can refuse `file.size > MAX_BACKUP_BYTES` before even reading.
 */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** More than any person keeps; bounds the work of validating a file. */
export const MAX_BACKUP_PLANS = 10_000;
export const MAX_BACKUP_RENEWALS = 100_000;

export const backupSchema = z.strictObject({
  /** Always `esim-keeper-backup`. */
  format: z.literal(BACKUP_FORMAT, { error: 'backup.notOurs' }),
  /** The format version; this code writes and reads 1. */
  version: z.literal(BACKUP_VERSION, {
    error: (issue) => (issue.input === undefined ? 'value.required' : 'backup.unknownVersion'),
  }),
  /** When the file was written (ISO 8601, UTC). */
  exportedAt: instantSchema,
  /** Every plan, archived ones included, sorted by id. */
  plans: z.array(planSchema).max(MAX_BACKUP_PLANS, { error: 'backup.tooManyPlans' }),
  /** Every renewal of those plans, sorted by id. */
  renewals: z.array(renewalSchema).max(MAX_BACKUP_RENEWALS, { error: 'backup.tooManyRenewals' }),
  /** The person's settings, in full. */
  settings: settingsSchema,
});

/** A backup as read and validated: plans, renewals and settings as the app stores them. */
export type Backup = z.output<typeof backupSchema>;
/** A backup as written in the file, before defaults are filled in. */
export type BackupInput = z.input<typeof backupSchema>;
