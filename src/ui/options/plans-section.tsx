import { keeperDatabase } from '../../db/database';
import { listActivePlans } from '../../db/plans';
import { useI18n } from '../i18n-context';
import { PlanList } from '../plan-list';
import { useContentPaintedMark } from '../use-content-painted-mark';
import { useLiveQuery } from '../use-live-query';

/** Options page section "#plans": the plans, and (issue #5) the add/edit form. */
export function PlansSection() {
  const i18n = useI18n();
  const plans = useLiveQuery(() => listActivePlans(keeperDatabase()));
  useContentPaintedMark(plans.status !== 'loading');
  return (
    <section id="plans" class="card" aria-labelledby="plans-title">
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
  );
}
