import type { RefObject } from 'preact';
import type { ImportPreview, MatchedPlan } from '../../backup/import-preview';
import type { I18n } from '../../i18n/i18n';
import { useI18n } from '../i18n-context';

/**
 * What an import will do, in words and with the plans' names: added, updated (and how each
 * was recognised), unchanged, renewals added or skipped, settings, and any conflict (a plan
 * changed here after the backup was made). Nothing is written until "Import".
 */
export function BackupImportPreview({
  preview,
  busy,
  panelRef,
  onImport,
  onCancel,
}: {
  preview: ImportPreview;
  busy: boolean;
  panelRef: RefObject<HTMLDivElement | null>;
  onImport(): void;
  onCancel(): void;
}) {
  const i18n = useI18n();
  const { plans, renewals, settings, counts } = preview;
  const changesSomething = counts.plansAdded + counts.plansUpdated + counts.renewalsAdded > 0 || counts.settingsReplaced;
  return (
    <div ref={panelRef} tabIndex={-1} class="backup-panel backup-panel--preview" role="region" aria-labelledby="backup-preview-title">
      <h4 id="backup-preview-title">{i18n.t('backupPreviewTitle')}</h4>
      {!changesSomething && <p>{i18n.t('backupPreviewNothing')}</p>}
      {plans.added.length > 0 && (
        <>
          <p>{i18n.plural('backupPreviewAdded', plans.added.length)}</p>
          <ul>
            {plans.added.map((plan) => (
              <li key={plan.id}>{plan.label}</li>
            ))}
          </ul>
        </>
      )}
      {plans.updated.length > 0 && (
        <>
          <p>{i18n.plural('backupPreviewUpdated', plans.updated.length)}</p>
          <ul>
            {plans.updated.map((match) => (
              <li key={match.incomingId}>
                {matchText(i18n, match)}
                {match.incomingIsOlder && <span class="backup-panel__warning">{i18n.t('backupPreviewOlder')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {plans.unchanged.length > 0 && (
        <>
          <p>{i18n.plural('backupPreviewUnchanged', plans.unchanged.length)}</p>
          <ul>
            {plans.unchanged.map((match) => (
              <li key={match.incomingId}>{matchText(i18n, match)}</li>
            ))}
          </ul>
        </>
      )}
      {renewals.added.length > 0 && <p>{i18n.plural('backupPreviewRenewalsAdded', renewals.added.length)}</p>}
      {renewals.alreadyKept.length > 0 && <p>{i18n.plural('backupPreviewRenewalsKept', renewals.alreadyKept.length)}</p>}
      <p>{settingsText(i18n, settings.outcome)}</p>
      <div class="backup__buttons">
        {changesSomething && (
          <button type="button" class="primary-button" disabled={busy} onClick={onImport}>
            {i18n.t('backupImportButton')}
          </button>
        )}
        <button type="button" class="secondary-button" disabled={busy} onClick={onCancel}>
          {i18n.t('backupCancelButton')}
        </button>
      </div>
    </div>
  );
}

/** "Rome eSIM (the same SIM, recognised by its ICCID)", with a rename spelled out. */
function matchText(i18n: I18n, match: MatchedPlan): string {
  const label = match.before.label === match.after.label ? match.after.label : i18n.t('backupPreviewRenamed', match.before.label, match.after.label);
  switch (match.matchedBy) {
    case 'id':
      return i18n.t('backupMatchedById', label);
    case 'iccid':
      return i18n.t('backupMatchedByIccid', label);
    case 'phoneNumber':
      return i18n.t('backupMatchedByNumber', label);
  }
}

function settingsText(i18n: I18n, outcome: ImportPreview['settings']['outcome']): string {
  switch (outcome) {
    case 'replaced':
      return i18n.t('backupPreviewSettingsReplaced');
    case 'unchanged':
      return i18n.t('backupPreviewSettingsUnchanged');
    case 'kept':
      return i18n.t('backupPreviewSettingsKept');
  }
}
