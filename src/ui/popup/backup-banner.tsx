import { useI18n } from '../i18n-context';
import type { BackupReminder } from './backup-reminder';

/** "No backup yet" / "Last backup 45 days ago", with a button to the options page's backup section. */
export function BackupBanner({ reminder, onBackUp }: { reminder: BackupReminder; onBackUp: () => void }) {
  const i18n = useI18n();
  return (
    <section class="banner backup-banner" aria-labelledby="backup-banner-title">
      <p class="banner__title" id="backup-banner-title">
        {reminder.kind === 'never' ? i18n.t('popupBackupNever') : i18n.plural('popupBackupDaysAgo', reminder.daysAgo)}
      </p>
      <p class="muted">{i18n.t('popupBackupWhy')}</p>
      <button type="button" class="text-button" onClick={onBackUp}>
        {i18n.t('popupBackupNow')}
      </button>
    </section>
  );
}
