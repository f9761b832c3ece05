import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { carrierById } from '../../carriers/registry';
import { keeperDatabase } from '../../db/database';
import type { DeletedPlan } from '../../db/store';
import type { Plan } from '../../plans/plan';
import { useI18n } from '../i18n-context';
import { PlanGlance } from '../popup/plan-glance';
import { useContentPaintedMark } from '../use-content-painted-mark';
import { useLiveQuery } from '../use-live-query';
import type * as DeletePlanDialogModule from './delete-plan-dialog';
import type * as PlanFormModule from './plan-form';
import { planFormHash, planFormRouteOf, type PlanFormRoute } from './plan-form-route';
import { PlanToast, type ToastMessage } from './plan-form-toast';
import './plan-form.css';

// The form and the delete dialog (with the store, zod and libphonenumber behind them) are
// loaded when first needed, not for the page's first paint.
type FormModule = typeof PlanFormModule;
type DeleteModule = typeof DeletePlanDialogModule;
const loadStore = async () => (await import('../page-store')).pageStore();

/** Where focus goes once the list is back: a plan's Edit button, or "Add a plan". */
type FocusTarget = { planId: string } | 'add';

/**
 * Options page section "#plans": the plans as glance rows, most urgent first, each with
 * Edit and Delete; archived plans in a collapsed list with Restore; and the add/edit form,
 * opened by "Add a plan", an Edit button, or the addresses `#add` and `#plan=<id>` (which
 * the popup opens). Closing or saving the form brings the list back.
 */
export function PlansSection() {
  const i18n = useI18n();
  const plans = useLiveQuery(() => keeperDatabase().plans.toArray());
  const [route, setRoute] = useState<PlanFormRoute | undefined>(() => planFormRouteOf(location.hash));
  const [formModule, setFormModule] = useState<FormModule | undefined>();
  const [deleteModule, setDeleteModule] = useState<DeleteModule | undefined>();
  const [deleting, setDeleting] = useState<Plan | undefined>();
  const [toast, setToast] = useState<ToastMessage | undefined>();
  const [focusTarget, setFocusTarget] = useState<FocusTarget | undefined>();
  const section = useRef<HTMLElement>(null);
  useContentPaintedMark(plans.status !== 'loading');

  useEffect(() => {
    const follow = () => {
      const next = planFormRouteOf(location.hash);
      // The contents list's anchors (#backup…) leave the form alone; an empty hash (Back) closes it.
      if (next !== undefined || location.hash === '') setRoute(next);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    if (route === undefined || formModule !== undefined) return;
    void import('./plan-form').then(setFormModule);
  }, [route, formModule]);

  useEffect(() => {
    if (route !== undefined) section.current?.scrollIntoView({ block: 'start' });
  }, [route]);

  useEffect(() => {
    if (focusTarget === undefined || route !== undefined || plans.status !== 'ready') return;
    const selector = focusTarget === 'add' ? '[data-plans-add]' : `[data-edit-plan="${CSS.escape(focusTarget.planId)}"]`;
    const found = section.current?.querySelector<HTMLElement>(selector);
    // A plan just saved or restored may reach the live query a moment after the form
    // closes: keep the focus request until its row is there.
    if (!found && focusTarget !== 'add' && !plans.value.some((plan) => plan.id === focusTarget.planId)) return;
    const target = found ?? section.current?.querySelector<HTMLElement>('[data-plans-add]');
    target?.focus();
    setFocusTarget(undefined);
  }, [focusTarget, route, plans]);

  const open = (next: PlanFormRoute) => {
    history.pushState(null, '', planFormHash(next));
    setRoute(next);
  };

  const close = (focus: FocusTarget) => {
    history.replaceState(null, '', location.pathname + location.search);
    setRoute(undefined);
    setFocusTarget(focus);
  };

  const dismissToast = useCallback(() => setToast(undefined), []);

  const askDelete = (plan: Plan) => {
    if (deleteModule) return setDeleting(plan);
    void import('./delete-plan-dialog').then((module) => {
      setDeleteModule(module);
      setDeleting(plan);
    });
  };

  const deleted = (removed: DeletedPlan | undefined) => {
    setDeleting(undefined);
    if (!removed) return;
    setToast({
      text: i18n.t('formDeletedPlan', removed.plan.label),
      action: {
        label: i18n.t('formUndo'),
        run: () => {
          void loadStore()
            .then((store) => store.restorePlan(removed))
            .then(() => {
              setToast({ text: i18n.t('formRestoredPlan', removed.plan.label) });
              setFocusTarget({ planId: removed.plan.id });
            });
        },
      },
    });
  };

  const restore = (plan: Plan) => {
    void loadStore()
      .then((store) => store.setArchived(plan.id, false))
      .then(() => {
        setToast({ text: i18n.t('formRestoredPlan', plan.label) });
        setFocusTarget({ planId: plan.id });
      });
  };

  const all = plans.status === 'ready' ? plans.value : [];
  const active = all.filter((plan) => !plan.archived);
  const archived = all.filter((plan) => plan.archived).sort((a, b) => a.label.localeCompare(b.label, i18n.locale));
  const editing = route?.form === 'edit' ? all.find((plan) => plan.id === route.planId) : undefined;

  const rowActions = (plan: Plan) => (
    <>
      <button type="button" class="text-button" data-edit-plan={plan.id} aria-label={i18n.t('formEditPlan', plan.label)} onClick={() => open({ form: 'edit', planId: plan.id })}>
        {i18n.t('formEdit')}
      </button>
      <button type="button" class="text-button" aria-label={i18n.t('formDeletePlan', plan.label)} onClick={() => askDelete(plan)}>
        {i18n.t('formDelete')}
      </button>
    </>
  );

  const body = () => {
    if (plans.status === 'loading') return <p class="muted" role="status">{i18n.t('loading')}</p>;
    if (plans.status === 'failed') return <p class="error" role="alert">{i18n.t('loadFailed')}</p>;
    if (route !== undefined) {
      if (route.form === 'edit' && editing === undefined) {
        return (
          <div class="plans-section__missing">
            <p role="alert">{i18n.t('formUnknownPlan')}</p>
            <button type="button" class="secondary-button" onClick={() => close('add')}>
              {i18n.t('formBackToList')}
            </button>
          </div>
        );
      }
      if (!formModule) return <p class="muted" role="status">{i18n.t('formOpening')}</p>;
      const { PlanForm } = formModule;
      return (
        <PlanForm
          key={route.form === 'edit' ? route.planId : 'add'}
          plan={editing}
          onClose={() => close(editing ? { planId: editing.id } : 'add')}
          onSaved={(saved) => {
            close({ planId: saved.id });
            setToast({ text: i18n.t('formSaved', saved.label) });
          }}
          onArchived={(plan) => {
            close('add');
            setToast({ text: i18n.t('formArchivedPlan', plan.label) });
          }}
        />
      );
    }
    return (
      <>
        {active.length === 0 ? (
          <div class="empty-state empty-state--inline">
            <h3>{i18n.t('emptyTitle')}</h3>
            <p>{i18n.t('emptyBodyOptions')}</p>
          </div>
        ) : (
          <PlanGlance plans={active} actionsOf={rowActions} />
        )}
        {archived.length > 0 && (
          <details class="plans-archived">
            <summary>{i18n.t('formArchivedList', archived.length)}</summary>
            <ul aria-label={i18n.t('formArchivedList', archived.length)}>
              {archived.map((plan) => (
                <li key={plan.id}>
                  <span class="plan-row__label">{plan.label}</span>
                  <span class="muted">{carrierById(plan.carrierId)?.name ?? plan.carrierName}</span>
                  <button type="button" class="text-button" aria-label={i18n.t('formRestorePlan', plan.label)} onClick={() => restore(plan)}>
                    {i18n.t('formRestore')}
                  </button>
                  <button type="button" class="text-button" aria-label={i18n.t('formDeletePlan', plan.label)} onClick={() => askDelete(plan)}>
                    {i18n.t('formDelete')}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </>
    );
  };

  // Until the list (or the form the address asks for) is in, the section's height is not
  // known. It says so with aria-busy, and the sections below wait unseen meanwhile
  // (styles.css), so nothing a person is reading jumps down the page when it arrives.
  const settling = plans.status === 'loading' || (route !== undefined && formModule === undefined);

  return (
    <section id="plans" class="card" aria-labelledby="plans-title" aria-busy={settling ? 'true' : undefined} ref={section}>
      <div class="plans-section__head">
        <h2 id="plans-title">{i18n.t('plansTitle')}</h2>
        {/* There from the first paint, so the heading's line keeps its height; a plan can be added while the list loads. */}
        {route === undefined && (
          <button type="button" class="primary-button" data-plans-add onClick={() => open({ form: 'add' })}>
            {i18n.t('formAddPlan')}
          </button>
        )}
      </div>
      {body()}
      {deleting && deleteModule && (
        <deleteModule.DeletePlanDialog plan={deleting} onDeleted={deleted} onCancel={() => setDeleting(undefined)} />
      )}
      <PlanToast message={toast} onDismiss={dismissToast} />
    </section>
  );
}
