import type { PlanInput } from '../plans/plan';
import type { SaveResult } from '../db/store';
import type { Plan } from '../plans/plan';
import type { Renewal } from '../plans/renewal';
import { pageStore } from './page-store';

/**
 * Hooks for end-to-end tests on our extension pages, on `globalThis.eskPage`: they write
 * through the same store the UI uses, so tests exercise the real page → background path.
 * Only the e2e build includes this module (tests/build/production-build.test.ts).
 */
export const PAGE_TEST_HOOKS_MARKER = 'eskPage';

export interface PageTestHooks {
  savePlan(plan: PlanInput): Promise<SaveResult<Plan>>;
  deletePlan(id: string): Promise<boolean>;
  /** Records a renewal as the popup's "Mark renewed" does, so tests have history to keep. */
  renewPlan(planId: string, channel: Renewal['channel']): Promise<boolean>;
  renewalsOf(planId: string): Promise<Renewal[]>;
  getPlan(id: string): Promise<Plan | undefined>;
}

export function installPageTestHooks(): void {
  const hooks: PageTestHooks = {
    savePlan: (plan) => pageStore().savePlan(plan),
    deletePlan: async (id) => (await pageStore().deletePlan(id)) !== undefined,
    renewPlan: async (planId, channel) => (await pageStore().renewPlan(planId, { channel })).ok,
    renewalsOf: (planId) => pageStore().renewalsOf(planId),
    getPlan: (id) => pageStore().getPlan(id),
  };
  Object.assign(globalThis, { [PAGE_TEST_HOOKS_MARKER]: hooks });
}
