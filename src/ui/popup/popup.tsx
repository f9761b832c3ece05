import { browser } from 'wxt/browser';
import type { Plan } from '../../plans/plan';
import { keeperDatabase } from '../../db/database';
import { listActivePlans } from '../../db/plans';
import { snoozableReminders } from '../../db/reminder-log';
import { useI18n } from '../i18n-context';
import { useContentPaintedMark } from '../use-content-painted-mark';
import { Logo } from '../logo';
import { useLiveQuery } from '../use-live-query';
import { NotificationsBlockedBanner } from './notifications-blocked-banner';
import { PlanGlance } from './plan-glance';

async function snooze(key: string) {
  const { sendMessage } = await import('../../messaging/send-message');
  await sendMessage('snoozeReminder', { key });
}

async function openOptions() {
  await browser.runtime.openOptionsPage();
  // The popup would otherwise stay open over the new tab.
  window.close();
}

/** The toolbar popup: the traveller's plans at a glance. */
export function Popup() {
  const i18n = useI18n();
  // One live query: the plans, and which of them have a reminder to snooze.
  const glance = useLiveQuery(async () => {
    const db = keeperDatabase();
    const active = await listActivePlans(db);
    return { plans: active, snoozable: await snoozableReminders(db, active) };
  });
  const plans = glance.status === 'ready' ? { status: 'ready' as const, value: glance.value.plans } : glance;
  useContentPaintedMark(plans.status !== 'loading');

  const remindTomorrow = (plan: Plan) => {
    const entry = glance.status === 'ready' ? glance.value.snoozable.get(plan.id) : undefined;
    if (!entry) return null;
    return (
      <button type="button" class="text-button" onClick={() => void snooze(entry.key)}>
        {i18n.t('notificationRemindTomorrow')}
      </button>
    );
  };

  return (
    <div class="popup">
      <header class="app-header">
        <Logo />
        <h1 class="app-header__title">{i18n.t('extName')}</h1>
        <button type="button" class="icon-button" aria-label={i18n.t('openSettings')} title={i18n.t('openSettings')} onClick={openOptions}>
          <GearIcon />
        </button>
      </header>
      <main class="popup__body">
        <NotificationsBlockedBanner />
        {plans.status === 'loading' && <p class="muted" role="status">{i18n.t('loading')}</p>}
        {plans.status === 'failed' && <p class="error" role="alert">{i18n.t('loadFailed')}</p>}
        {plans.status === 'ready' && plans.value.length === 0 && (
          <section class="empty-state" aria-labelledby="empty-title">
            <EmptyIllustration />
            <h2 id="empty-title">{i18n.t('emptyTitle')}</h2>
            <p>{i18n.t('emptyBody')}</p>
            <button type="button" class="primary-button" onClick={openOptions}>
              {i18n.t('addFirstPlan')}
            </button>
          </section>
        )}
        {plans.status === 'ready' && plans.value.length > 0 && (
          <>
            <h2 class="section-title">{i18n.plural('planCount', plans.value.length)}</h2>
            <PlanGlance plans={plans.value} actionsOf={remindTomorrow} />
          </>
        )}
      </main>
    </div>
  );
}

function GearIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M19.4 13a7.7 7.7 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.7 7.7 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.4 7.4 0 0 0 1.7 1L11 21h4l.4-2.9a7.4 7.4 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
        transform="translate(-1 0)"
      />
    </svg>
  );
}

function EmptyIllustration() {
  return (
    <svg class="empty-state__art" width="96" height="72" viewBox="0 0 96 72" aria-hidden="true" focusable="false">
      <rect x="6" y="10" width="40" height="56" rx="6" fill="var(--surface-2)" stroke="var(--accent)" stroke-width="2.5" />
      <rect x="16" y="26" width="20" height="16" rx="3" fill="none" stroke="var(--accent)" stroke-width="2.5" />
      <circle cx="66" cy="36" r="22" fill="var(--surface-2)" stroke="var(--accent)" stroke-width="2.5" />
      <path d="M66 24v12l8 6" fill="none" stroke="var(--accent)" stroke-width="3" stroke-linecap="round" />
    </svg>
  );
}
