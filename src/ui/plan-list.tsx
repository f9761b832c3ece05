import { carrierById } from '../carriers/registry';
import type { ComponentChildren } from 'preact';
import type { Plan } from '../plans/plan';
import { useI18n } from './i18n-context';

/**
 * Plans, soonest expiry first. The glance issue (#5) adds time left, status colours and
 * actions; this first cut shows what each plan is and when it runs out.
 */
export function PlanList({
  plans,
  actionsOf,
}: {
  plans: readonly Plan[];
  /** Buttons for a plan's row, if any (the popup's "Remind me tomorrow"). */
  actionsOf?: (plan: Plan) => ComponentChildren;
}) {
  const i18n = useI18n();
  return (
    <ul class="plan-list" aria-label={i18n.t('planListLabel')}>
      {plans.map((plan) => (
        <li key={plan.id} class="plan-row">
          <span class="plan-row__label">{plan.label}</span>
          <span class="plan-row__carrier">{carrierById(plan.carrierId)?.name ?? plan.carrierName ?? plan.carrierId}</span>
          <span class="plan-row__expiry">
            {i18n.t('planExpiresOn', i18n.formatDate(new Date(plan.expiresAt)))}
          </span>
          {actionsOf && <span class="plan-row__actions">{actionsOf(plan)}</span>}
        </li>
      ))}
    </ul>
  );
}
