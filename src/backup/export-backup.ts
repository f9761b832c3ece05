import { planSchema, type Plan } from '../plans/plan';
import { renewalSchema, type Renewal } from '../plans/renewal';
import { settingsSchema, type Settings } from '../plans/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-file';

export interface BackupContent {
  plans: readonly Plan[];
  renewals: readonly Renewal[];
  settings: Settings;
}

/**
 * The backup file's text (docs/backup-format.md): everything needed to rebuild the
 * extension's data on another machine, activation codes included, the reminder log not.
 *
 * Written for people and for `diff`: two-space indent, a trailing newline, plans and
 * renewals sorted by id, each record's fields in the schema's order, so two backups of the
 * same data are the same text (apart from `exportedAt`).
 */
export function exportBackup({ plans, renewals, settings }: BackupContent, now: Date): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    plans: [...plans].sort(byId).map((plan) => inSchemaOrder(plan, PLAN_FIELDS)),
    renewals: [...renewals].sort(byId).map((renewal) => inSchemaOrder(renewal, RENEWAL_FIELDS)),
    settings: inSchemaOrder(settings, SETTINGS_FIELDS),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

const PLAN_FIELDS = Object.keys(planSchema.shape);
const RENEWAL_FIELDS = Object.keys(renewalSchema.shape);
const SETTINGS_FIELDS = Object.keys(settingsSchema.shape);

// Code-unit order, not localeCompare: the same in every browser and language.
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The same record with its known fields first, in schema order; others after, as found. */
function inSchemaOrder<T extends object>(record: T, fields: readonly string[]): T {
  const ordered = {};
  const source = record as Record<string, unknown>;
  for (const field of fields) {
    if (Object.hasOwn(source, field)) setField(ordered, field, source[field]);
  }
  // Fields the schema does not know are kept (never silently dropped); the import will
  // name them, so the person can see what is odd about their data.
  for (const [field, value] of Object.entries(source)) {
    if (!Object.hasOwn(ordered, field)) setField(ordered, field, value);
  }
  return ordered as T;
}

// defineProperty, not `=`: a field named `__proto__` stays a field.
function setField(record: object, field: string, value: unknown): void {
  Object.defineProperty(record, field, { value, enumerable: true, writable: true, configurable: true });
}
