import { useI18n } from '../i18n-context';

/** What is stored, where, and that nothing leaves the machine. */
export function PrivacySection() {
  const i18n = useI18n();
  return (
    <section id="privacy" class="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{i18n.t('privacyTitle')}</h2>
      <p>{i18n.t('privacyStored')}</p>
      <ul class="bullets">
        <li>{i18n.t('privacyNoServer')}</li>
        <li>{i18n.t('privacyCarrierPages')}</li>
        <li>{i18n.t('privacyBackups')}</li>
      </ul>
    </section>
  );
}
