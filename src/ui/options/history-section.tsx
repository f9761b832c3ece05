import { useState } from 'preact/hooks';
import { keeperDatabase } from '../../db/database';
import type { CurrencyTotal } from '../../history/money-total';
import { renewalHistory, type PlanYear } from '../../history/renewal-history';
import type { I18n } from '../../i18n/i18n';
import type { Plan } from '../../plans/plan';
import type { Renewal } from '../../plans/renewal';
import { useI18n } from '../i18n-context';
import { useLiveQuery } from '../use-live-query';
import { formatMoney, formatTotals } from './history-money';
import './history-section.css';

/**
 * Options page section "#history": every renewal, per year (newest first) and per plan,
 * with what each year cost per currency. Live: a renewal marked in the popup appears at once.
 */
export function HistorySection() {
  const i18n = useI18n();
  const [planId, setPlanId] = useState('');
  const data = useLiveQuery(async () => {
    const db = keeperDatabase();
    const [plans, renewals] = await Promise.all([db.plans.toArray(), db.renewals.toArray()]);
    return { plans, renewals };
  });

  return (
    <section id="history" class="card history" aria-labelledby="history-title">
      <h2 id="history-title">{i18n.t('historyTitle')}</h2>
      {data.status === 'loading' && <p class="muted" role="status">{i18n.t('loading')}</p>}
      {data.status === 'failed' && <p class="error" role="alert">{i18n.t('loadFailed')}</p>}
      {data.status === 'ready' && data.value.renewals.length === 0 && <p class="muted">{i18n.t('historyEmpty')}</p>}
      {data.status === 'ready' && data.value.renewals.length > 0 && (
        <HistoryBody plans={data.value.plans} renewals={data.value.renewals} planId={planId} onPlanId={setPlanId} />
      )}
    </section>
  );
}

function HistoryBody({
  plans,
  renewals,
  planId,
  onPlanId,
}: {
  plans: readonly Plan[];
  renewals: readonly Renewal[];
  planId: string;
  onPlanId(id: string): void;
}) {
  const i18n = useI18n();
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));
  // A plan deleted meanwhile (another window) falls back to "All plans".
  const shownPlanId = planId !== '' && plansById.has(planId) ? planId : undefined;
  const history = renewalHistory(renewals, Intl.DateTimeFormat().resolvedOptions().timeZone, shownPlanId);
  const labelOf = (id: string) => plansById.get(id)?.label ?? i18n.t('historyDeletedPlan');
  const sortedPlans = [...plans].sort((a, b) => Number(a.archived) - Number(b.archived) || a.label.localeCompare(b.label, i18n.locale));

  return (
    <>
      <div class="history__filter">
        <label for="history-plan">{i18n.t('historyFilterLabel')}</label>
        <select id="history-plan" value={shownPlanId ?? ''} onChange={(event) => onPlanId(event.currentTarget.value)}>
          <option value="">{i18n.t('historyAllPlans')}</option>
          {sortedPlans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.archived ? i18n.t('historyArchivedPlan', plan.label) : plan.label}
            </option>
          ))}
        </select>
      </div>
      {history.years.length === 0 ? (
        <p class="muted">{i18n.t('historyEmptyForPlan')}</p>
      ) : (
        <>
          <p class="history__overall">{i18n.t('historyOverallTotal', totalsText(i18n, history.totals))}</p>
          {history.years.map((year) => (
            <section key={year.year} class="history-year" aria-labelledby={`history-year-${year.year}`}>
              <h3 id={`history-year-${year.year}`}>{year.year}</h3>
              <p class="history-year__total">{i18n.t('historyYearTotal', year.year, totalsText(i18n, year.totals))}</p>
              <table class="history-table" aria-labelledby={`history-year-${year.year}`}>
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('historyColumnDate')}</th>
                    <th scope="col">{i18n.t('historyColumnPlan')}</th>
                    <th scope="col" class="history-table__amount">
                      {i18n.t('historyColumnAmount')}
                    </th>
                    <th scope="col">{i18n.t('historyColumnChannel')}</th>
                    <th scope="col">{i18n.t('historyColumnReference')}</th>
                  </tr>
                </thead>
                {year.plans.map((plan) => (
                  <PlanRows key={plan.planId} plan={plan} label={labelOf(plan.planId)} />
                ))}
              </table>
            </section>
          ))}
        </>
      )}
    </>
  );
}

function PlanRows({ plan, label }: { plan: PlanYear; label: string }) {
  const i18n = useI18n();
  return (
    <tbody>
      {plan.renewals.map((renewal) => (
        <tr key={renewal.id}>
          <td>{i18n.formatDate(new Date(renewal.renewedAt))}</td>
          <td>{label}</td>
          <td class="history-table__amount">
            {renewal.amount ? formatMoney(i18n, renewal.amount) : <span class="muted">{i18n.t('historyAmountNotNoted')}</span>}
          </td>
          <td>{channelText(i18n, renewal.channel)}</td>
          <td class="history-table__reference">{renewal.reference ?? ''}</td>
        </tr>
      ))}
      {plan.renewals.length > 1 && (
        <tr class="history-table__total">
          <th scope="row" colSpan={2}>
            {i18n.t('historyPlanTotal', label)}
          </th>
          <td class="history-table__amount">{totalsText(i18n, plan.totals)}</td>
          <td colSpan={2} />
        </tr>
      )}
    </tbody>
  );
}

function totalsText(i18n: I18n, totals: readonly CurrencyTotal[]): string {
  return totals.length === 0 ? i18n.t('historyNoAmounts') : formatTotals(i18n, totals);
}

function channelText(i18n: I18n, channel: Renewal['channel']): string {
  switch (channel) {
    case 'website':
      return i18n.t('historyChannelWebsite');
    case 'app':
      return i18n.t('historyChannelApp');
    case 'store':
      return i18n.t('historyChannelStore');
    case 'auto':
      return i18n.t('historyChannelAuto');
  }
}
