import type { DeletedPlan } from '../../db/store';
import type { Plan } from '../../plans/plan';
import { useI18n } from '../i18n-context';
import { pageStore } from '../page-store';
import { ConfirmDialog } from './plan-form-dialog';

/**
 * "Delete Rome eSIM and its renewal history?" — on yes, deletes through the store and hands
 * back what was deleted, so the section can offer Undo (KeeperStore.restorePlan).
 */
export function DeletePlanDialog({
  plan,
  onDeleted,
  onCancel,
}: {
  plan: Plan;
  onDeleted: (deleted: DeletedPlan | undefined) => void;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  return (
    <ConfirmDialog
      title={i18n.t('formDeleteQuestion', plan.label)}
      body={i18n.t('formDeleteBody')}
      confirmText={i18n.t('formDelete')}
      cancelText={i18n.t('formCancel')}
      onCancel={onCancel}
      onConfirm={() => {
        void pageStore()
          .deletePlan(plan.id)
          .then(onDeleted);
      }}
    />
  );
}
