import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportCounts, ImportPreview } from '../../backup/import-preview';
import type { ParseBackupResult } from '../../backup/parse-backup';
import type { I18n } from '../../i18n/i18n';
import { useI18n } from '../i18n-context';
import { BackupImportPreview } from './backup-import-preview';
import { BackupProblems } from './backup-problems';
import { joinList } from './history-money';

type Refusal = Extract<ParseBackupResult, { ok: false }>;

/** Where the import is: nothing yet, a refused file, a preview to confirm, or done. */
type ImportState =
  | { step: 'idle' }
  /** Like idle, after Cancel: focus goes back to the button that opened the preview. */
  | { step: 'cancelled' }
  | { step: 'busy' }
  | { step: 'refused'; refusal: Refusal; text: string }
  | { step: 'failed'; message: string }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'importing'; preview: ImportPreview }
  | { step: 'done'; counts: ImportCounts };

/**
 * Import a JSON backup: pick the file, see what it would do (nothing is written), then
 * "Import" or "Cancel". A bad file says why in words, and nothing is written. Focus follows
 * what appears (the preview, the error, the result), so keyboard and screen reader users
 * land on it.
 */
export function BackupImport() {
  const i18n = useI18n();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [replaceSettings, setReplaceSettings] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.step === 'cancelled') previewButton.current?.focus();
    else if (state.step === 'done') status.current?.focus();
    else if (state.step === 'preview' || state.step === 'refused' || state.step === 'failed') panel.current?.focus();
  }, [state.step]);

  const previewFile = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setState({ step: 'failed', message: i18n.t('backupImportNoFile') });
      return;
    }
    setState({ step: 'busy' });
    // The store, the parser and the schemas load only when someone imports.
    const [{ pageStore }, { MAX_BACKUP_BYTES }] = await Promise.all([import('../page-store'), import('../../backup/backup-file')]);
    // Refused before reading: a huge file would freeze the page.
    if (file.size > MAX_BACKUP_BYTES) {
      setState({ step: 'refused', refusal: { ok: false, code: 'backup.tooLarge', errors: [] }, text: '' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'failed', message: i18n.t('backupImportReadFailed') });
      return;
    }
    const result = await pageStore().previewBackup(text, { replaceSettings });
    setState(result.ok ? { step: 'preview', preview: result.preview } : { step: 'refused', refusal: result, text });
  };

  const runImport = async (preview: ImportPreview) => {
    setState({ step: 'importing', preview });
    try {
      const { pageStore } = await import('../page-store');
      setState({ step: 'done', counts: await pageStore().importBackup(preview) });
    } catch (error) {
      const stale = error instanceof Error && error.name === 'StaleImportPreviewError';
      setState({ step: 'failed', message: stale ? i18n.t('backupImportStale') : i18n.t('backupImportFailed') });
    }
  };

  const cancel = () => setState({ step: 'cancelled' });

  return (
    <div class="backup__part" role="group" aria-labelledby="backup-import-title">
      <h3 id="backup-import-title">{i18n.t('backupImportTitle')}</h3>
      <p class="muted">{i18n.t('backupImportIntro')}</p>
      <div class="backup__field">
        <label for="backup-file">{i18n.t('backupImportFileLabel')}</label>
        <input
          ref={fileInput}
          id="backup-file"
          type="file"
          accept=".json,application/json"
          // A new file makes the old preview or error wrong.
          onChange={() => setState({ step: 'idle' })}
        />
      </div>
      <label class="backup__check">
        <input
          type="checkbox"
          checked={replaceSettings}
          onChange={(event) => {
            setReplaceSettings(event.currentTarget.checked);
            if (state.step === 'preview') setState({ step: 'idle' });
          }}
        />
        {i18n.t('backupImportReplaceSettings')}
      </label>
      <button ref={previewButton} type="button" class="secondary-button" disabled={state.step === 'busy' || state.step === 'importing'} onClick={() => void previewFile()}>
        {i18n.t('backupImportCheck')}
      </button>

      {(state.step === 'preview' || state.step === 'importing') && (
        <BackupImportPreview
          panelRef={panel}
          preview={state.preview}
          busy={state.step === 'importing'}
          onImport={() => void runImport(state.preview)}
          onCancel={cancel}
        />
      )}
      {state.step === 'refused' && <BackupProblems panelRef={panel} refusal={state.refusal} text={state.text} />}
      {state.step === 'failed' && (
        <div ref={panel} tabIndex={-1} class="backup-panel backup-panel--error" role="alert">
          <p class="error">{state.message}</p>
        </div>
      )}
      <p ref={status} tabIndex={-1} role="status" class={state.step === 'done' ? 'backup-panel backup-panel--done' : 'backup__status'}>
        {state.step === 'done' ? importedText(i18n, state.counts) : ''}
      </p>
    </div>
  );
}

/** "Imported: 2 plans added, 1 updated, 5 renewals." */
export function importedText(i18n: I18n, counts: ImportCounts): string {
  const parts = [
    counts.plansAdded > 0 ? i18n.plural('backupImportedAdded', counts.plansAdded) : undefined,
    counts.plansUpdated > 0 ? i18n.plural('backupImportedUpdated', counts.plansUpdated) : undefined,
    counts.renewalsAdded > 0 ? i18n.plural('backupImportedRenewals', counts.renewalsAdded) : undefined,
    counts.settingsReplaced ? i18n.t('backupImportedSettings') : undefined,
  ].filter((part) => part !== undefined);
  if (parts.length === 0) return i18n.t('backupImportedNothing');
  return i18n.t('backupImported', joinList(i18n, parts));
}
