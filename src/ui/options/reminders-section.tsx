import { useI18n } from '../i18n-context';

/** Options page section "#reminders" — placeholder until its part of issue #5 lands. */
export function RemindersSection() {
  const i18n = useI18n();
  return (
    <section id="reminders" class="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{i18n.t('remindersTitle')}</h2>
    </section>
  );
}
