import { useI18n } from '../i18n-context';

/** Options page section "#language" — placeholder until its part of issue #5 lands. */
export function LanguageSection() {
  const i18n = useI18n();
  return (
    <section id="language" class="card" aria-labelledby="language-title">
      <h2 id="language-title">{i18n.t('languageTitle')}</h2>
    </section>
  );
}
