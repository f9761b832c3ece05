import { browser } from 'wxt/browser';
import { keeperDatabase } from '../../db/database';
import { listActivePlans } from '../../db/plans';
import { useI18n } from '../i18n-context';
import { useContentPaintedMark } from '../use-content-painted-mark';
import { Logo } from '../logo';
import { PlanList } from '../plan-list';
import { useLiveQuery } from '../use-live-query';

/** The options page: where plans are managed; privacy stated plainly. */
export function OptionsPage() {
  const i18n = useI18n();
  const plans = useLiveQuery(() => listActivePlans(keeperDatabase()));
  useContentPaintedMark(plans.status !== 'loading');
  const version = browser.runtime.getManifest().version;

  return (
    <div class="options">
      <header class="app-header app-header--page">
        <Logo size={36} />
        <div>
          <h1 class="app-header__title">{i18n.t('extName')}</h1>
          <p class="app-header__tagline">{i18n.t('tagline')}</p>
        </div>
      </header>
      <main class="options__main">
        <section class="card" aria-labelledby="plans-title">
          <h2 id="plans-title">{i18n.t('plansTitle')}</h2>
          {plans.status === 'loading' && <p class="muted" role="status">{i18n.t('loading')}</p>}
          {plans.status === 'failed' && <p class="error" role="alert">{i18n.t('loadFailed')}</p>}
          {plans.status === 'ready' && plans.value.length === 0 && (
            <div class="empty-state empty-state--inline">
              <h3>{i18n.t('emptyTitle')}</h3>
              <p>{i18n.t('emptyBodyOptions')}</p>
            </div>
          )}
          {plans.status === 'ready' && plans.value.length > 0 && <PlanList plans={plans.value} />}
        </section>
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{i18n.t('privacyTitle')}</h2>
          <p>{i18n.t('privacyStored')}</p>
          <ul class="bullets">
            <li>{i18n.t('privacyNoServer')}</li>
            <li>{i18n.t('privacyCarrierPages')}</li>
            <li>{i18n.t('privacyBackups')}</li>
          </ul>
        </section>
      </main>
      <footer class="options__footer muted">{i18n.t('versionLabel', version)}</footer>
    </div>
  );
}
