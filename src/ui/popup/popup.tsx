import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Plan } from '../../plans/plan';
import { useI18n } from '../i18n-context';
import { Logo } from '../logo';
import { useContentPaintedMark } from '../use-content-painted-mark';
import { BackupBanner } from './backup-banner';
import { backupReminder } from './backup-reminder';
import { dateInZone } from './date-in-zone';
import { FillThisPage } from './fill-this-page';
import type { MarkRenewedDialogProps } from './mark-renewed-dialog';
import { NotificationsBlockedBanner } from './notifications-blocked-banner';
import { openTabAndClose, optionsPageAt } from './open-tab';
import { moreActionsButtonId, PlanActions, type PlanActionHandlers } from './plan-actions';
import { PlanGlance } from './plan-glance';
import { useGlance, type GlanceSources } from './use-glance';
import { planMatches, SEARCH_FROM_PLAN_COUNT } from './plan-search';
import './popup.css';

async function snooze(key: string) {
  const { sendMessage } = await import('../../messaging/send-message');
  await sendMessage('snoozeReminder', { key });
}

async function openSettings() {
  await browser.runtime.openOptionsPage();
  // The popup would otherwise stay open over the new tab.
  window.close();
}

/** The store (and zod with it) loads on the first write, never before the first paint. */
async function store() {
  const { pageStore } = await import('../page-store');
  return pageStore();
}

/** The status line: what just happened, with Undo when it can be undone. */
interface Status {
  text: string;
  undo?: () => void;
}

/** A Mark renewed dialog on screen; its module is loaded when first asked for. */
interface OpenDialog {
  plan: Plan;
  Dialog: ComponentType<MarkRenewedDialogProps>;
}

/** Rows that fill the popup's window; the rest render one frame after the first paint. */
const FIRST_PAINT_ROWS = 8;

/**
 * The toolbar popup: the traveller's plans at a glance, and what to do about each.
 * `sources` are where the first paint's data comes from (see use-glance.ts).
 */
export function Popup({ sources }: { sources?: GlanceSources }) {
  const i18n = useI18n();
  // The plans, which of them have a reminder to snooze, and the last backup: first from
  // the snapshot (or a plain read), then live.
  const glance = useGlance(sources);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | undefined>();
  const [dialog, setDialog] = useState<OpenDialog | undefined>();
  useContentPaintedMark(glance.status !== 'loading');

  const failed = () => setStatus({ text: i18n.t('popupActionFailed') });
  const focusMoreActions = (planId: string) => document.getElementById(moreActionsButtonId(planId))?.focus();
  const openTab = (url: string) => void openTabAndClose(url).catch(failed);

  const setLetExpire = async (plan: Plan, silenced: boolean) => {
    try {
      await (await store()).letExpire(plan.id, silenced);
    } catch {
      failed();
      return;
    }
    if (!silenced) {
      setStatus({ text: i18n.t('popupRemindersOnDone', plan.label) });
      return;
    }
    setStatus({
      text: i18n.t('popupLetExpireDone', plan.label),
      undo: () => {
        // The Undo button goes away with this status: keep the keyboard on the plan's row.
        focusMoreActions(plan.id);
        void setLetExpire(plan, false);
      },
    });
  };

  const actions: PlanActionHandlers = {
    renew: openTab,
    markRenewed: (plan) => {
      import('./mark-renewed-dialog')
        .then(({ MarkRenewedDialog }) => setDialog({ plan, Dialog: MarkRenewedDialog }))
        .catch(failed);
    },
    letExpire: (plan, silenced) => void setLetExpire(plan, silenced),
    edit: (plan) => openTab(optionsPageAt(`plan=${encodeURIComponent(plan.id)}`)),
    snooze: (key) => void snooze(key).catch(failed),
  };

  const closeDialog = () => {
    if (dialog) focusMoreActions(dialog.plan.id);
    setDialog(undefined);
  };

  const plans = glance.status === 'ready' ? glance.value.plans : [];
  const searchable = plans.length >= SEARCH_FROM_PLAN_COUNT;
  const shown = searchable ? plans.filter((plan) => planMatches(plan, query, i18n.locale)) : plans;
  const backup = glance.status === 'ready' ? backupReminder(plans.length, glance.value.lastBackupAt, new Date()) : undefined;

  return (
    <div class="popup">
      <header class="app-header">
        <Logo />
        <h1 class="app-header__title">{i18n.t('extName')}</h1>
        {plans.length > 0 && (
          <button
            type="button"
            class="icon-button"
            aria-label={i18n.t('popupAddPlan')}
            title={i18n.t('popupAddPlan')}
            onClick={() => openTab(optionsPageAt('add'))}
          >
            <PlusIcon />
          </button>
        )}
        <button type="button" class="icon-button" aria-label={i18n.t('openSettings')} title={i18n.t('openSettings')} onClick={openSettings}>
          <GearIcon />
        </button>
      </header>
      <main class="popup__body">
        <NotificationsBlockedBanner />
        {backup && <BackupBanner reminder={backup} onBackUp={() => openTab(optionsPageAt('backup'))} />}
        {glance.status === 'loading' && <p class="muted" role="status">{i18n.t('loading')}</p>}
        {glance.status === 'failed' && <p class="error" role="alert">{i18n.t('loadFailed')}</p>}
        {glance.status === 'ready' && plans.length === 0 && (
          <section class="empty-state" aria-labelledby="empty-title">
            <EmptyIllustration />
            <h2 id="empty-title">{i18n.t('emptyTitle')}</h2>
            <p>{i18n.t('emptyBody')}</p>
            <button type="button" class="primary-button" onClick={() => openTab(optionsPageAt('add'))}>
              {i18n.t('addFirstPlan')}
            </button>
          </section>
        )}
        {plans.length > 0 && (
          <>
            {searchable && <PlanSearch query={query} onQuery={setQuery} />}
            <FillThisPage plans={plans} onDone={(summary) => setStatus({ text: summary })} />
            <h2 class="section-title">{i18n.plural('planCount', plans.length)}</h2>
            {shown.length > 0 ? (
              <PlanGlance
                plans={shown}
                firstPaintRows={FIRST_PAINT_ROWS}
                actionsOf={(plan) => (
                  <PlanActions plan={plan} snoozeKey={glance.status === 'ready' ? glance.value.snoozable.get(plan.id)?.key : undefined} on={actions} />
                )}
              />
            ) : (
              <div class="popup-no-match">
                <p>{i18n.t('popupNoMatch')}</p>
                <button type="button" class="text-button" onClick={() => setQuery('')}>
                  {i18n.t('popupClearSearch')}
                </button>
              </div>
            )}
          </>
        )}
      </main>
      {/* Always in the page, so screen readers announce what appears in it. */}
      <div class="popup-status" role="status">
        {status && (
          <>
            <span>{status.text}</span>
            {status.undo && (
              <button type="button" class="text-button" onClick={status.undo}>
                {i18n.t('popupUndo')}
              </button>
            )}
          </>
        )}
      </div>
      {dialog && (
        <dialog.Dialog
          plan={dialog.plan}
          onRenewed={(renewed) => setStatus({ text: i18n.t('popupRenewedUntil', renewed.label, dateInZone(renewed.expiresAt, renewed.timeZone, i18n)) })}
          onClose={closeDialog}
        />
      )}
    </div>
  );
}

/** The search field, from nine plans on. Escape clears it (and, once empty, closes the popup as usual). */
function PlanSearch({ query, onQuery }: { query: string; onQuery: (query: string) => void }) {
  const i18n = useI18n();
  return (
    <div class="plan-search">
      <label class="visually-hidden" for="plan-search">
        {i18n.t('popupSearchLabel')}
      </label>
      <input
        id="plan-search"
        type="search"
        class="plan-search__input"
        value={query}
        placeholder={i18n.t('popupSearchPlaceholder')}
        autocomplete="off"
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || query === '') return;
          event.preventDefault();
          onQuery('');
        }}
      />
    </div>
  );
}

function PlusIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" d="M12 5v14M5 12h14" />
    </svg>
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
