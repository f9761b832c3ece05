import { useEffect, useRef, useState } from 'preact/hooks';
import { carrierById } from '../../carriers/registry';
import { renewalUrlOf } from '../../plans/carrier-defaults';
import { isLetExpire } from '../../plans/let-expire';
import type { Plan } from '../../plans/plan';
import { useI18n } from '../i18n-context';

/** What a row's buttons ask the popup to do; the popup owns the store, dialogs and status line. */
export interface PlanActionHandlers {
  renew(url: string): void;
  markRenewed(plan: Plan): void;
  /** `silenced: false` turns reminders back on. */
  letExpire(plan: Plan, silenced: boolean): void;
  edit(plan: Plan): void;
  snooze(reminderKey: string): void;
}

/** The id of a row's "More actions" button: focus goes back there after a dialog or a menu choice. */
export function moreActionsButtonId(planId: string): string {
  return `more-actions-${planId}`;
}

/**
 * A row's actions, kept to one line for a traveller in a hurry: "Renew" (the carrier's page)
 * up front, "Remind me tomorrow" when a reminder was shown, and the rest behind a "More
 * actions" disclosure: Mark renewed, Let it expire (or turn reminders back on), Edit.
 * Opening the disclosure moves focus to its first choice; Escape closes it and returns focus,
 * and so does leaving it with Tab or a click elsewhere.
 */
export function PlanActions({ plan, snoozeKey, on }: { plan: Plan; snoozeKey: string | undefined; on: PlanActionHandlers }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const toggleId = moreActionsButtonId(plan.id);
  const menuId = `${toggleId}-menu`;
  const renewalUrl = renewalUrlOf(plan, carrierById(plan.carrierId));
  const silenced = isLetExpire(plan);

  useEffect(() => {
    if (open) menu.current?.querySelector('button')?.focus();
  }, [open]);

  const closeMenu = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) document.getElementById(toggleId)?.focus();
  };
  const choose = (action: () => void) => () => {
    closeMenu(true);
    action();
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // The popup itself closes on Escape; here it only closes the menu.
      event.preventDefault();
      event.stopPropagation();
      closeMenu(true);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(menu.current?.querySelectorAll('button') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = (index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    items[next]?.focus();
  };
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (open && next !== null && !wrapper.current?.contains(next)) setOpen(false);
  };

  return (
    <span class="plan-actions" ref={wrapper} onFocusOut={onFocusOut}>
      <span class="plan-actions__line">
        {renewalUrl !== undefined ? (
          <button
            type="button"
            class="primary-button plan-actions__renew"
            aria-label={i18n.t('popupRenewPlan', plan.label)}
            onClick={() => on.renew(renewalUrl)}
          >
            {i18n.t('popupRenew')}
            <ExternalIcon />
          </button>
        ) : (
          <span class="plan-actions__no-url muted">{i18n.t('popupNoRenewalUrl')}</span>
        )}
        {snoozeKey !== undefined && (
          <button type="button" class="text-button plan-actions__snooze" onClick={() => on.snooze(snoozeKey)}>
            {i18n.t('notificationRemindTomorrow')}
          </button>
        )}
        <button
          type="button"
          id={toggleId}
          class="icon-button plan-actions__more"
          aria-label={i18n.t('popupMoreActions', plan.label)}
          title={i18n.t('popupMoreActions', plan.label)}
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen(!open)}
        >
          <MoreIcon />
        </button>
      </span>
      <div id={menuId} class="plan-actions__menu" ref={menu} hidden={!open} onKeyDown={onMenuKeyDown}>
        <button type="button" class="text-button" aria-label={i18n.t('popupMarkRenewedPlan', plan.label)} onClick={choose(() => on.markRenewed(plan))}>
          {i18n.t('popupMarkRenewed')}
        </button>
        {silenced ? (
          <button
            type="button"
            class="text-button"
            aria-label={i18n.t('popupRemindersOnPlan', plan.label)}
            onClick={choose(() => on.letExpire(plan, false))}
          >
            {i18n.t('popupRemindersOn')}
          </button>
        ) : (
          <button type="button" class="text-button" aria-label={i18n.t('popupLetExpirePlan', plan.label)} onClick={choose(() => on.letExpire(plan, true))}>
            {i18n.t('popupLetExpire')}
          </button>
        )}
        <button type="button" class="text-button" aria-label={i18n.t('popupEditPlan', plan.label)} onClick={choose(() => on.edit(plan))}>
          {i18n.t('popupEdit')}
        </button>
      </div>
    </span>
  );
}

function MoreIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="5" cy="12" r="2" fill="currentColor" />
      <circle cx="12" cy="12" r="2" fill="currentColor" />
      <circle cx="19" cy="12" r="2" fill="currentColor" />
    </svg>
  );
}

/** Says the button leaves the popup for a web page. */
function ExternalIcon() {
  return (
    <svg class="plan-actions__external" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" d="M14 4h6v6M20 4l-9 9M18 14v5H5V6h5" />
    </svg>
  );
}
