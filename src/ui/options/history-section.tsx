import { useI18n } from '../i18n-context';

/** Options page section "#history" — placeholder until its part of issue #5 lands. */
export function HistorySection() {
  const i18n = useI18n();
  return (
    <section id="history" class="card" aria-labelledby="history-title">
      <h2 id="history-title">{i18n.t('historyTitle')}</h2>
    </section>
  );
}
