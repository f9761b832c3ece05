import { useState } from 'preact/hooks';
import { SETTINGS_KEY, keeperDatabase } from '../../db/database';
import type { I18n } from '../../i18n/i18n';
import { calendarDaysUntil } from '../../plans/time-left';
import { saveFile } from '../download';
import { useI18n } from '../i18n-context';
import { useLiveQuery } from '../use-live-query';
import { BackupImport } from './backup-import';
import { EXPORT_TYPES, expiriesIcs, exportFileName, plansCsv, type ExportKind } from './backup-exports';
import './backup-section.css';

/**
 * Options page section "#backup": when the last backup was made, the three exports (a full
 * JSON backup, a spreadsheet, a calendar) and the import with its preview.
 */
export function BackupSection() {
  const i18n = useI18n();
  // Only the time is needed, and it was checked when stored: reading the row directly keeps
  // the settings schema (and zod) out of the options page's first load.
  const lastBackupAt = useLiveQuery(async () => (await keeperDatabase().settings.get(SETTINGS_KEY))?.value.lastBackupAt);
  return (
    <section id="backup" class="card backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{i18n.t('backupTitle')}</h2>
      {lastBackupAt.status === 'ready' && (
        <p class="backup__last">{lastBackupText(i18n, lastBackupAt.value, new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone)}</p>
      )}
      <BackupExports />
      <BackupImport />
    </section>
  );
}

/** "Last backup: 3 days ago", counted in calendar dates where the person is. */
export function lastBackupText(i18n: I18n, lastBackupAt: string | undefined, now: Date, timeZone: string): string {
  if (lastBackupAt === undefined) return i18n.t('backupLastNever');
  const daysAgo = -calendarDaysUntil(lastBackupAt, now, timeZone);
  if (daysAgo <= 0) return i18n.t('backupLastToday');
  if (daysAgo === 1) return i18n.t('backupLastYesterday');
  return i18n.plural('backupLastDaysAgo', daysAgo);
}

function BackupExports() {
  const i18n = useI18n();
  const [status, setStatus] = useState<{ text: string; failed: boolean } | undefined>();

  const save = async (kind: ExportKind) => {
    const now = new Date();
    try {
      const text = await exportText(kind, i18n, now);
      const name = exportFileName(kind, now);
      saveFile(name, text, EXPORT_TYPES[kind].mimeType);
      setStatus({ text: i18n.t('backupSaved', name), failed: false });
    } catch {
      setStatus({ text: i18n.t('backupExportFailed'), failed: true });
    }
  };

  return (
    <div class="backup__part" role="group" aria-labelledby="backup-export-title">
      <h3 id="backup-export-title">{i18n.t('backupExportTitle')}</h3>
      <div class="backup__buttons">
        <button type="button" class="primary-button" onClick={() => void save('backup')}>
          {i18n.t('backupExportJson')}
        </button>
        <button type="button" class="secondary-button" onClick={() => void save('plans')}>
          {i18n.t('backupExportCsv')}
        </button>
        <button type="button" class="secondary-button" onClick={() => void save('expiries')}>
          {i18n.t('backupExportIcs')}
        </button>
      </div>
      <p class="muted backup__note">{i18n.t('backupSecretsNote')}</p>
      <p role="status" class={status?.failed ? 'error' : 'backup__status'}>
        {status?.text}
      </p>
    </div>
  );
}

async function exportText(kind: ExportKind, i18n: I18n, now: Date): Promise<string> {
  const db = keeperDatabase();
  switch (kind) {
    case 'backup': {
      // The store (and its schemas) loads on demand; it remembers when the backup was made.
      const { pageStore } = await import('../page-store');
      return pageStore().exportBackup();
    }
    case 'plans':
      return plansCsv(db);
    case 'expiries':
      return expiriesIcs(db, i18n, now);
  }
}
