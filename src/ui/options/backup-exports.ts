import { carrierById, carriers } from '../../carriers/registry';
import type { KeeperDatabase } from '../../db/database';
import type { I18n } from '../../i18n/i18n';

/** What an export holds; each has its own file name and type. */
export type ExportKind = 'backup' | 'plans' | 'expiries';

export const EXPORT_TYPES: Record<ExportKind, { extension: string; mimeType: string }> = {
  backup: { extension: 'json', mimeType: 'application/json' },
  plans: { extension: 'csv', mimeType: 'text/csv' },
  expiries: { extension: 'ics', mimeType: 'text/calendar' },
};

/**
 * `esim-keeper-backup-2026-11-22.json`: the date is the person's own (local) date, so the
 * file made late on the 22nd is not named after the 23rd in UTC.
 */
export function exportFileName(kind: ExportKind, now: Date): string {
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `esim-keeper-${kind}-${date}.${EXPORT_TYPES[kind].extension}`;
}

/** Every plan, archived ones too, as a spreadsheet (no activation codes: export-csv.ts). */
export async function plansCsv(db: KeeperDatabase): Promise<string> {
  // Loaded on demand: the exporters are not needed to show the options page.
  const { exportCsv } = await import('../../backup/export-csv');
  return exportCsv(await db.plans.toArray(), new Map(carriers.map((carrier) => [carrier.id, carrier])));
}

/** The plans' expiries as a calendar, with the person's lead times as alarms, in their language. */
export async function expiriesIcs(db: KeeperDatabase, i18n: I18n, now: Date): Promise<string> {
  const [{ exportIcs }, { readSettings }] = await Promise.all([import('../../backup/export-ics'), import('../../db/settings')]);
  const [plans, settings] = await Promise.all([db.plans.toArray(), readSettings(db)]);
  return exportIcs(
    plans,
    settings,
    {
      summary: (plan) => i18n.t('backupCalendarSummary', plan.label),
      description: (plan) =>
        i18n.t('backupCalendarDescription', plan.label, carrierById(plan.carrierId)?.name ?? plan.carrierName ?? plan.carrierId),
      calendarName: i18n.t('extName'),
    },
    now,
  );
}
