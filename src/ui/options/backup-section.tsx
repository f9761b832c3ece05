import { useI18n } from '../i18n-context';

/** Options page section "#backup" — placeholder until its part of issue #5 lands. */
export function BackupSection() {
  const i18n = useI18n();
  return (
    <section id="backup" class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{i18n.t('backupTitle')}</h2>
    </section>
  );
}
