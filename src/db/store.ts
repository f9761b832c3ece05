import { exportBackup } from '../backup/export-backup';
import { previewImport, type ImportCounts, type ImportOptions, type ImportPreview } from '../backup/import-preview';
import { parseBackup, type ParseBackupResult } from '../backup/parse-backup';
import { carrierById } from '../carriers/registry';
import { localDateOf } from '../plans/expiry-input';
import { markRenewed, RenewalError, type MarkRenewedOptions } from '../plans/mark-renewed';
import { planSchema, type Plan, type PlanInput } from '../plans/plan';
import type { Money } from '../plans/primitives';
import { validityTableOn, type ValidityTable } from '../plans/validity-by-amount';
import type { Renewal } from '../plans/renewal';
import { renewalSchema } from '../plans/renewal';
import { settingsSchema, type Settings, type SettingsInput } from '../plans/settings';
import { validationErrors, type ValidationError } from '../plans/validation';
import { SETTINGS_KEY, type KeeperDatabase } from './database';
import { applyImport, readCurrentData } from './import-backup';
import { listActivePlans } from './plans';
import { readSettings } from './settings';

/** What changed, for the background (DESIGN.md: a Dexie write alone does not wake it). */
export type ChangeNotice = 'plans' | 'settings';
export type Notify = (what: ChangeNotice) => Promise<void>;

export type SaveResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/** A deleted plan with its history, so "Undo" can put both back exactly. */
export interface DeletedPlan {
  plan: Plan;
  renewals: Renewal[];
}

/**
 * Every write our pages make goes through here: it validates with the schemas, writes in
 * one transaction, then tells the background (`notify`), which rebuilds the schedule and
 * the badge. Pages pass a notify that sends `plansChanged` / `settingsChanged`. The
 * background's own few writes (reminder-log.ts, and `turnFillPromptOff` in settings.ts)
 * live in small modules of their own, which keep this one's backup code out of the worker.
 */
export class KeeperStore {
  constructor(
    readonly db: KeeperDatabase,
    private readonly notify: Notify,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  listActivePlans(): Promise<Plan[]> {
    return listActivePlans(this.db);
  }

  getPlan(id: string): Promise<Plan | undefined> {
    return this.db.plans.get(id);
  }

  renewalsOf(planId: string): Promise<Renewal[]> {
    return this.db.renewals.where('[planId+renewedAt]').between([planId, ''], [planId, '\uffff']).toArray();
  }

  getSettings(): Promise<Settings> {
    return readSettings(this.db);
  }

  /**
   * Adds or updates a plan. `createdAt` is kept from the stored plan (or set now for a
   * new one) and `updatedAt` is now; a plan that fails validation changes nothing.
   */
  async savePlan(input: Omit<PlanInput, 'createdAt' | 'updatedAt'> & Partial<Pick<PlanInput, 'createdAt' | 'updatedAt'>>): Promise<SaveResult<Plan>> {
    const now = this.clock().toISOString();
    const saved = await this.db.transaction('rw', this.db.plans, async () => {
      const existing = typeof input.id === 'string' ? await this.db.plans.get(input.id) : undefined;
      const candidate = { ...input, createdAt: existing?.createdAt ?? input.createdAt ?? now, updatedAt: now };
      const parsed = planSchema.safeParse(candidate);
      if (!parsed.success) return { ok: false as const, errors: validationErrors(parsed.error, [], candidate) };
      await this.db.plans.put(parsed.data);
      return { ok: true as const, value: parsed.data };
    });
    if (saved.ok) await this.notify('plans');
    return saved;
  }

  /** Archives or brings back a plan (archived plans leave the glance and reminders). */
  async setArchived(id: string, archived: boolean): Promise<void> {
    const updatedAt = this.clock().toISOString();
    const changed = await this.db.plans.update(id, { archived, updatedAt });
    if (changed) await this.notify('plans');
  }

  /**
   * "Let it expire" (the trip is over): silences the reminders of the plan's current
   * expiry. A renewal moves the expiry and so brings them back; `false` lifts it now.
   */
  async letExpire(id: string, silenced = true): Promise<void> {
    const updatedAt = this.clock().toISOString();
    const changed = await this.db.transaction('rw', this.db.plans, async () => {
      const plan = await this.db.plans.get(id);
      if (!plan) return false;
      const { silencedExpiresAt: _previous, ...rest } = plan;
      await this.db.plans.put(silenced ? { ...rest, silencedExpiresAt: plan.expiresAt, updatedAt } : { ...rest, updatedAt });
      return true;
    });
    if (changed) await this.notify('plans');
  }

  /** Deletes a plan and its renewal history; returns both for "Undo". */
  async deletePlan(id: string): Promise<DeletedPlan | undefined> {
    const deleted = await this.db.transaction('rw', this.db.plans, this.db.renewals, async () => {
      const plan = await this.db.plans.get(id);
      if (!plan) return undefined;
      const renewals = await this.db.renewals.where('planId').equals(id).toArray();
      await this.db.renewals.where('planId').equals(id).delete();
      await this.db.plans.delete(id);
      return { plan, renewals };
    });
    if (deleted) await this.notify('plans');
    return deleted;
  }

  /** Puts a deleted plan and its history back, as they were. */
  async restorePlan(deleted: DeletedPlan): Promise<void> {
    await this.db.transaction('rw', this.db.plans, this.db.renewals, async () => {
      await this.db.plans.put(deleted.plan);
      await this.db.renewals.bulkPut(deleted.renewals);
    });
    await this.notify('plans');
  }

  /**
   * Stores a renewal: the plan with its new expiry and the history record, together or
   * not at all. Both come from `markRenewed` (src/plans/mark-renewed.ts).
   */
  async recordRenewal(plan: Plan, renewal: Renewal): Promise<SaveResult<Renewal>> {
    const checkedPlan = planSchema.safeParse(plan);
    if (!checkedPlan.success) return { ok: false, errors: validationErrors(checkedPlan.error, ['plan'], plan) };
    const checkedRenewal = renewalSchema.safeParse(renewal);
    if (!checkedRenewal.success) return { ok: false, errors: validationErrors(checkedRenewal.error, ['renewal'], renewal) };
    if (checkedRenewal.data.planId !== checkedPlan.data.id) {
      return { ok: false, errors: [{ path: 'renewal.planId', code: 'value.notAllowed' }] };
    }
    await this.db.transaction('rw', this.db.plans, this.db.renewals, async () => {
      await this.db.plans.put(checkedPlan.data);
      await this.db.renewals.put(checkedRenewal.data);
    });
    await this.notify('plans');
    return { ok: true, value: checkedRenewal.data };
  }

  /**
   * The person renewed a plan: computes the new expiry (markRenewed: the period from the old
   * expiry, or the carrier's validity table for the amount paid), then stores the plan and
   * the renewal together. A problem comes back as a code, and nothing is written.
   */
  async renewPlan(
    planId: string,
    options: Omit<MarkRenewedOptions, 'now' | 'renewalId' | 'validityByAmount'>,
  ): Promise<SaveResult<{ plan: Plan; renewal: Renewal }>> {
    const plan = await this.db.plans.get(planId);
    if (!plan) return { ok: false, errors: [{ path: 'planId', code: 'value.notAllowed' }] };
    const now = this.clock();
    const validityByAmount = validityTableForRenewal(plan, options.amount, now);
    let renewed: { plan: Plan; renewal: Renewal };
    try {
      renewed = markRenewed(plan, { ...options, now, renewalId: newId(), ...(validityByAmount && { validityByAmount }) });
    } catch (error) {
      if (error instanceof RenewalError) return { ok: false, errors: [{ path: 'newExpiresAt', code: error.code }] };
      throw error;
    }
    const recorded = await this.recordRenewal(renewed.plan, renewed.renewal);
    return recorded.ok ? { ok: true, value: renewed } : recorded;
  }

  /**
   * A JSON backup of everything (docs/backup-format.md), and the time of it remembered in
   * settings, so the popup can say when the last backup was made.
   */
  async exportBackup(): Promise<string> {
    const now = this.clock();
    const current = await readCurrentData(this.db);
    const settings = settingsSchema.parse({ ...(current.settings ?? {}), lastBackupAt: now.toISOString() });
    const text = exportBackup({ plans: current.plans, renewals: current.renewals, settings }, now);
    await this.db.settings.put({ key: SETTINGS_KEY, value: settings });
    await this.notify('settings');
    return text;
  }

  /**
   * Reads a backup file and says what importing it would do; writes nothing. A bad file
   * comes back as `ok: false` with its code and first problems.
   */
  async previewBackup(
    text: string,
    options: ImportOptions,
  ): Promise<Extract<ParseBackupResult, { ok: false }> | { ok: true; preview: ImportPreview }> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    return { ok: true, preview: previewImport(parsed.backup, await readCurrentData(this.db), options) };
  }

  /** Applies a previewed import, all or nothing, and tells the background. */
  async importBackup(preview: ImportPreview): Promise<ImportCounts> {
    const counts = await applyImport(this.db, preview);
    if (counts.plansAdded + counts.plansUpdated + counts.renewalsAdded > 0) await this.notify('plans');
    if (counts.settingsReplaced) await this.notify('settings');
    return counts;
  }

  /** Replaces settings with `input` (missing fields take their defaults). */
  async saveSettings(input: SettingsInput): Promise<SaveResult<Settings>> {
    const parsed = settingsSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: validationErrors(parsed.error, [], input) };
    await this.db.settings.put({ key: SETTINGS_KEY, value: parsed.data });
    await this.notify('settings');
    return { ok: true, value: parsed.data };
  }
}

/**
 * The carrier's validity table a renewal is counted by, if any: the table speaks in the
 * carrier's currency and applies from the date it took effect. Exported so the popup's
 * Mark renewed dialog shows the same new expiry that renewPlan will store.
 */
export function validityTableForRenewal(plan: Pick<Plan, 'carrierId'>, amount: Money | undefined, now: Date): ValidityTable | undefined {
  const carrier = carrierById(plan.carrierId);
  return carrier && amount?.currency === carrier.currency ? validityTableOn(carrier.validityByAmount, localDateOf(now, carrier.timeZone)) : undefined;
}

/** A fresh id for a plan or a renewal. */
export function newId(): string {
  return crypto.randomUUID();
}
