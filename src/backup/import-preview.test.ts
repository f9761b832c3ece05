import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plans/plan';
import type { Renewal } from '../plans/renewal';
import { DEFAULT_SETTINGS, type Settings } from '../plans/settings';
import { backupContentArbitrary, settingsArbitrary } from '../../tests/support/arbitraries';
import { aPlan } from '../../tests/support/plans';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-file';
import { previewImport, type CurrentData, type ImportPreview } from './import-preview';

const ICCID = '8939012345678901238';
const aRenewal = (overrides: Partial<Renewal> = {}): Renewal => ({
  id: 'renewal-1',
  planId: 'plan-rome',
  renewedAt: '2026-11-01T10:00:00.000Z',
  previousExpiresAt: '2026-11-02T12:00:00.000Z',
  newExpiresAt: '2026-12-02T12:00:00.000Z',
  channel: 'website',
  ...overrides,
});
const aBackup = (plans: Plan[], renewals: Renewal[] = [], settings: Settings = DEFAULT_SETTINGS): Backup => ({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: '2026-11-20T08:30:00.000Z',
  plans,
  renewals,
  settings,
});
const nothing: CurrentData = { plans: [], renewals: [], settings: undefined };
const keep = { replaceSettings: false };

/** What the database holds after applying a preview (what applyImport writes), in memory. */
function applied(current: CurrentData, preview: ImportPreview): CurrentData {
  const plans = new Map(current.plans.map((plan) => [plan.id, plan]));
  for (const plan of [...preview.plans.added, ...preview.plans.updated.map((match) => match.after)]) plans.set(plan.id, plan);
  return {
    plans: [...plans.values()],
    renewals: [...current.renewals, ...preview.renewals.added],
    settings: preview.settings.after,
  };
}

describe('previewImport', () => {
  it('adds everything to an empty database', () => {
    const backup = aBackup([aPlan(), aPlan({ id: 'plan-baku' })], [aRenewal()]);
    const preview = previewImport(backup, nothing, keep);
    expect(preview.plans.added).toEqual(backup.plans);
    expect(preview.renewals.added).toEqual(backup.renewals);
    expect(preview.counts).toEqual({
      plansAdded: 2,
      plansUpdated: 0,
      plansUnchanged: 0,
      renewalsAdded: 1,
      renewalsAlreadyKept: 0,
      settingsReplaced: false,
    });
  });

  it('finds identical plans unchanged and kept renewals already there', () => {
    const backup = aBackup([aPlan()], [aRenewal()]);
    const preview = previewImport(backup, { plans: [aPlan()], renewals: [aRenewal()], settings: DEFAULT_SETTINGS }, keep);
    expect(preview.counts).toMatchObject({ plansAdded: 0, plansUpdated: 0, plansUnchanged: 1, renewalsAdded: 0, renewalsAlreadyKept: 1 });
    expect(preview.plans.unchanged[0]).toMatchObject({ matchedBy: 'id', incomingId: 'plan-rome' });
  });

  it('updates a plan with the same id and says when the file’s copy is older', () => {
    const kept = aPlan({ label: 'Rome, edited', updatedAt: '2026-11-15T10:00:00.000Z' });
    const preview = previewImport(aBackup([aPlan()]), { ...nothing, plans: [kept] }, keep);
    expect(preview.plans.updated).toEqual([{ incomingId: 'plan-rome', matchedBy: 'id', before: kept, after: aPlan(), incomingIsOlder: true }]);
  });

  it.each([
    ['iccid', { iccid: ICCID }],
    ['phoneNumber', { phoneNumber: '+393331234567' }],
  ] as const)('matches a plan by %s, keeps the kept id and re-points the renewals', (matchedBy, shared) => {
    const kept = aPlan({ id: 'here', label: 'Old label', ...shared });
    const incoming = aPlan({ id: 'there', ...shared });
    const preview = previewImport(aBackup([incoming], [aRenewal({ planId: 'there' })]), { ...nothing, plans: [kept] }, keep);
    expect(preview.plans.updated).toEqual([
      { incomingId: 'there', matchedBy, before: kept, after: { ...incoming, id: 'here' }, incomingIsOlder: false },
    ]);
    expect(preview.plans.added).toEqual([]);
    expect(preview.renewals.added).toEqual([aRenewal({ planId: 'here' })]);
  });

  it('prefers the ICCID to the number', () => {
    const byNumber = aPlan({ id: 'by-number', phoneNumber: '+393331234567' });
    const byIccid = aPlan({ id: 'by-iccid', iccid: ICCID });
    const incoming = aPlan({ id: 'new', iccid: ICCID, phoneNumber: '+393331234567' });
    const preview = previewImport(aBackup([incoming]), { ...nothing, plans: [byNumber, byIccid] }, keep);
    expect(preview.plans.updated.map((match) => [match.matchedBy, match.after.id])).toEqual([['iccid', 'by-iccid']]);
  });

  it('matches ids before anything else, and each kept plan once', () => {
    const kept = aPlan({ id: 'rome', iccid: ICCID });
    const sameId = aPlan({ id: 'rome', label: 'By id' });
    const sameIccid = aPlan({ id: 'copy', label: 'By ICCID', iccid: ICCID });
    const preview = previewImport(aBackup([sameIccid, sameId]), { ...nothing, plans: [kept] }, keep);
    expect(preview.plans.updated.map((match) => match.incomingId)).toEqual(['rome']);
    expect(preview.plans.added).toEqual([sameIccid]);
  });

  it('among kept plans sharing a number, picks the one archived alike, then the latest', () => {
    const number = { phoneNumber: '+994501234567' };
    const oldLine = aPlan({ id: 'old', archived: true, updatedAt: '2026-11-30T00:00:00.000Z', ...number });
    const older = aPlan({ id: 'older', updatedAt: '2026-01-01T00:00:00.000Z', ...number });
    const current = aPlan({ id: 'current', updatedAt: '2026-06-01T00:00:00.000Z', ...number });
    const incoming = aPlan({ id: 'incoming', label: 'New', ...number });
    const preview = previewImport(aBackup([incoming]), { ...nothing, plans: [oldLine, older, current] }, keep);
    expect(preview.plans.updated.map((match) => match.before.id)).toEqual(['current']);
  });

  it('never overwrites a kept renewal with the same id', () => {
    const kept = aRenewal({ reference: 'kept' });
    const preview = previewImport(aBackup([aPlan()], [aRenewal({ reference: 'incoming' })]), { ...nothing, renewals: [kept] }, keep);
    expect(preview.renewals).toEqual({ added: [], alreadyKept: [aRenewal({ reference: 'incoming' })] });
  });

  it.each([
    ['not ticked', false, DEFAULT_SETTINGS, 'kept', DEFAULT_SETTINGS],
    ['ticked, different', true, DEFAULT_SETTINGS, 'replaced', { ...DEFAULT_SETTINGS, reminderTime: '07:30' }],
    ['ticked, the same', true, { ...DEFAULT_SETTINGS, reminderTime: '07:30' }, 'unchanged', { ...DEFAULT_SETTINGS, reminderTime: '07:30' }],
    ['ticked, none saved yet', true, undefined, 'replaced', { ...DEFAULT_SETTINGS, reminderTime: '07:30' }],
  ] as const)('settings, %s', (_name, replaceSettings, settings, outcome, after) => {
    const backup = aBackup([], [], { ...DEFAULT_SETTINGS, reminderTime: '07:30' });
    const preview = previewImport(backup, { ...nothing, settings }, { replaceSettings });
    expect(preview.settings).toEqual({ outcome, before: settings, after });
    expect(preview.counts.settingsReplaced).toBe(outcome === 'replaced');
  });

  describe('for any data and any backup', () => {
    const scenario = fc.record({
      current: backupContentArbitrary({ maxPlans: 5, maxRenewals: 6 }),
      incoming: backupContentArbitrary({ maxPlans: 5, maxRenewals: 6 }),
      // Part of the kept data in the file too, as when importing on the machine it came
      // from; and part again under other ids, as when the person re-added a SIM elsewhere.
      overlap: fc.nat({ max: 5 }),
      renamed: fc.nat({ max: 5 }),
      replaceSettings: fc.boolean(),
      settings: settingsArbitrary,
    });
    type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
    const run = ({ current, incoming, overlap, renamed, replaceSettings, settings }: Scenario) => {
      const incomingIds = new Set(incoming.plans.map((plan) => plan.id));
      const shared = current.plans.slice(0, overlap).filter((plan) => !incomingIds.has(plan.id));
      const taken = new Set([...incomingIds, ...shared.map((plan) => plan.id)]);
      const copies = current.plans
        .slice(-renamed)
        .map((plan) => ({ ...plan, id: `copy-${plan.id}`.slice(0, 64) }))
        .filter((plan) => !taken.has(plan.id) && Boolean(taken.add(plan.id)));
      const backup = aBackup([...incoming.plans, ...shared, ...copies], incoming.renewals, settings);
      const data: CurrentData = { plans: current.plans, renewals: current.renewals, settings: current.settings };
      return { backup, data, preview: previewImport(backup, data, { replaceSettings }), replaceSettings };
    };

    it('accounts for every incoming plan once, keeps ids unique and deletes nothing', () => {
      fc.assert(
        fc.property(scenario, (values) => {
          const { backup, data, preview } = run(values);
          const { added, updated, unchanged } = preview.plans;
          expect(added.length + updated.length + unchanged.length).toBe(backup.plans.length);
          const keptIds = new Set(data.plans.map((plan) => plan.id));
          for (const plan of added) expect(keptIds.has(plan.id)).toBe(false);
          const touched = [...updated, ...unchanged].map((match) => match.before.id);
          expect(new Set(touched).size).toBe(touched.length);
          const after = applied(data, preview);
          expect(after.plans.length).toBe(data.plans.length + added.length);
          const finalIds = new Set(after.plans.map((plan) => plan.id));
          for (const renewal of preview.renewals.added) expect(finalIds.has(renewal.planId)).toBe(true);
          expect(preview.renewals.added.length + preview.renewals.alreadyKept.length).toBe(backup.renewals.length);
        }),
        { numRuns: 150 },
      );
    });

    it('changes nothing when the same file is imported again', () => {
      fc.assert(
        fc.property(scenario, (values) => {
          const { backup, data, preview, replaceSettings } = run(values);
          const again = previewImport(backup, applied(data, preview), { replaceSettings });
          expect(again.counts).toEqual({
            plansAdded: 0,
            plansUpdated: 0,
            plansUnchanged: backup.plans.length,
            renewalsAdded: 0,
            renewalsAlreadyKept: backup.renewals.length,
            settingsReplaced: false,
          });
        }),
        { numRuns: 150 },
      );
    });
  });
});
