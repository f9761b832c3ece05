import { describe, expect, it, vi } from 'vitest';
import { aPlan } from '../../tests/support/plans';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { KeeperDatabase } from './database';
import { KeeperStore, type ChangeNotice } from './store';

const NOW = new Date('2026-11-22T10:00:00.000Z');

function makeStore() {
  const db = new KeeperDatabase(`store-test-${Math.random()}`);
  const notices: ChangeNotice[] = [];
  const store = new KeeperStore(db, async (what) => void notices.push(what), () => NOW);
  return { db, store, notices };
}

const renewal = {
  id: 'renewal-1',
  planId: 'plan-rome',
  renewedAt: '2026-11-22T10:00:00.000Z',
  previousExpiresAt: '2026-12-02T12:00:00.000Z',
  newExpiresAt: '2027-01-02T12:00:00.000Z',
  amount: { amount: 10, currency: 'EUR' },
  channel: 'website' as const,
};

describe('KeeperStore', () => {
  it('saves a valid plan, stamps it and tells the background', async () => {
    const { store, notices } = makeStore();
    const { createdAt: _c, updatedAt: _u, ...input } = aPlan();
    const result = await store.savePlan(input);
    expect(result).toMatchObject({ ok: true, value: { createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() } });
    expect(await store.getPlan('plan-rome')).toMatchObject({ label: 'Rome eSIM' });
    expect(notices).toEqual(['plans']);
  });

  it('keeps createdAt when a plan is edited', async () => {
    const { store } = makeStore();
    await store.savePlan(aPlan({ createdAt: '2026-01-01T00:00:00.000Z' }));
    await store.savePlan({ ...aPlan(), label: 'Rome eSIM (work)', createdAt: '2030-01-01T00:00:00.000Z' });
    expect(await store.getPlan('plan-rome')).toMatchObject({
      label: 'Rome eSIM (work)',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: NOW.toISOString(),
    });
  });

  it('refuses an invalid plan with codes, writes nothing and tells no one', async () => {
    const { db, store, notices } = makeStore();
    const result = await store.savePlan({ ...aPlan(), iccid: '8939104520000123454', phoneNumber: '333' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'phoneNumber', code: 'phone.invalid' },
        { path: 'iccid', code: 'iccid.checkDigit' },
      ],
    });
    expect(await db.plans.count()).toBe(0);
    expect(notices).toEqual([]);
  });

  it('deletes a plan with its history, and undo puts both back', async () => {
    const { db, store } = makeStore();
    await store.savePlan(aPlan());
    await store.recordRenewal(aPlan({ expiresAt: renewal.newExpiresAt }), renewal);
    const deleted = await store.deletePlan('plan-rome');
    expect(deleted?.renewals).toHaveLength(1);
    expect(await db.plans.count()).toBe(0);
    expect(await db.renewals.count()).toBe(0);
    await store.restorePlan(deleted!);
    expect(await store.getPlan('plan-rome')).toEqual(deleted!.plan);
    expect(await store.renewalsOf('plan-rome')).toEqual(deleted!.renewals);
  });

  it('records a renewal and the new expiry together, or neither', async () => {
    const { db, store } = makeStore();
    await store.savePlan(aPlan());
    const bad = await store.recordRenewal(aPlan({ expiresAt: renewal.newExpiresAt }), { ...renewal, channel: 'carrier-pigeon' as 'app' });
    expect(bad).toEqual({ ok: false, errors: [{ path: 'renewal.channel', code: 'channel.unknown' }] });
    expect((await store.getPlan('plan-rome'))?.expiresAt).toBe('2026-12-02T12:00:00.000Z');

    const wrongPlan = await store.recordRenewal(aPlan({ id: 'other' }), renewal);
    expect(wrongPlan.ok).toBe(false);

    // A failure inside the transaction rolls the plan back too.
    const failing = vi.spyOn(db.renewals, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(store.recordRenewal(aPlan({ expiresAt: renewal.newExpiresAt }), renewal)).rejects.toThrow('disk full');
    failing.mockRestore();
    expect((await store.getPlan('plan-rome'))?.expiresAt).toBe('2026-12-02T12:00:00.000Z');
    expect(await db.renewals.count()).toBe(0);

    expect(await store.recordRenewal(aPlan({ expiresAt: renewal.newExpiresAt }), renewal)).toMatchObject({ ok: true });
    expect((await store.getPlan('plan-rome'))?.expiresAt).toBe(renewal.newExpiresAt);
    expect(await store.renewalsOf('plan-rome')).toEqual([renewal]);
  });

  it('archives and brings back a plan', async () => {
    const { store, notices } = makeStore();
    await store.savePlan(aPlan());
    await store.setArchived('plan-rome', true);
    expect(await store.listActivePlans()).toEqual([]);
    await store.setArchived('plan-rome', false);
    expect(await store.listActivePlans()).toHaveLength(1);
    expect(notices).toEqual(['plans', 'plans', 'plans']);
  });

  it('reads default settings before any are saved, and saves valid ones', async () => {
    const { store, notices } = makeStore();
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await store.saveSettings({ reminderTime: '25:00' })).toEqual({
      ok: false,
      errors: [{ path: 'reminderTime', code: 'time.format' }],
    });
    expect(notices).toEqual([]);
    await store.saveSettings({ reminderTime: '20:00', language: 'it' });
    expect(await store.getSettings()).toMatchObject({ reminderTime: '20:00', language: 'it', reminderLeadTimes: DEFAULT_SETTINGS.reminderLeadTimes });
    expect(notices).toEqual(['settings']);
  });
});

describe('KeeperStore.renewPlan', () => {
  it('moves a monthly TIM plan on by its period and logs the renewal', async () => {
    const { store, notices } = makeStore();
    await store.savePlan(aPlan({ period: { unit: 'month', count: 1 } }));
    const result = await store.renewPlan('plan-rome', { channel: 'website', amount: { amount: 10, currency: 'EUR' } });
    expect(result.ok).toBe(true);
    const plan = await store.getPlan('plan-rome');
    expect(plan).toMatchObject({
      expiresAt: '2027-01-02T12:00:00.000Z',
      startsAt: '2026-12-02T12:00:00.000Z',
      lastTopUpAt: NOW.toISOString(),
    });
    const [renewal] = await store.renewalsOf('plan-rome');
    expect(renewal).toMatchObject({
      previousExpiresAt: '2026-12-02T12:00:00.000Z',
      newExpiresAt: '2027-01-02T12:00:00.000Z',
      amount: { amount: 10, currency: 'EUR' },
      channel: 'website',
    });
    expect(notices).toEqual(['plans', 'plans']);
  });

  it('uses Azercell’s validity table for an amount in manat', async () => {
    const { store } = makeStore();
    await store.savePlan(aPlan({ carrierId: 'azercell', timeZone: 'Asia/Baku', expiresAt: '2026-11-25T20:00:00.000Z' }));
    await store.renewPlan('plan-rome', { channel: 'app', amount: { amount: 5, currency: 'AZN' } });
    // 5 AZN buys 30 days, counted from the old expiry that was still ahead.
    expect((await store.getPlan('plan-rome'))?.expiresAt).toBe('2026-12-25T20:00:00.000Z');
  });

  it('answers with a code and writes nothing when there is no way to tell the new expiry', async () => {
    const { db, store } = makeStore();
    await store.savePlan(aPlan());
    expect(await store.renewPlan('plan-rome', { channel: 'website' })).toEqual({
      ok: false,
      errors: [{ path: 'newExpiresAt', code: 'renewal.noPeriod' }],
    });
    expect(await db.renewals.count()).toBe(0);
    expect(await store.renewPlan('nope', { channel: 'website' })).toMatchObject({ ok: false });
  });
});

describe('KeeperStore backups', () => {
  it('exports, remembers when, and imports into a fresh profile with the same plans', async () => {
    const from = makeStore();
    await from.store.savePlan(aPlan({ period: { unit: 'month', count: 1 } }));
    await from.store.savePlan(aPlan({ id: 'baku', label: 'Baku SIM', carrierId: 'azercell', timeZone: 'Asia/Baku' }));
    await from.store.renewPlan('plan-rome', { channel: 'website' });
    const text = await from.store.exportBackup();
    expect((await from.store.getSettings()).lastBackupAt).toBe(NOW.toISOString());

    const to = makeStore();
    const previewed = await to.store.previewBackup(text, { replaceSettings: false });
    expect(previewed.ok).toBe(true);
    if (!previewed.ok) return;
    expect(previewed.preview.counts).toMatchObject({ plansAdded: 2, renewalsAdded: 1, settingsReplaced: false });
    await to.store.importBackup(previewed.preview);
    expect(await to.db.plans.orderBy('id').toArray()).toEqual(await from.db.plans.orderBy('id').toArray());
    expect(await to.db.renewals.toArray()).toEqual(await from.db.renewals.toArray());
    expect(to.notices).toEqual(['plans']);
  });

  it('refuses a bad file with a code and changes nothing', async () => {
    const { db, store, notices } = makeStore();
    await store.savePlan(aPlan());
    const before = await db.plans.toArray();
    notices.length = 0;
    expect(await store.previewBackup('{"format":"esim-keeper-backup","version":1,"plans":[', { replaceSettings: true })).toMatchObject({
      ok: false,
      code: 'backup.notJson',
    });
    expect(await store.previewBackup('{"format":"esim-keeper-backup","version":2}', { replaceSettings: true })).toMatchObject({
      ok: false,
      code: 'backup.futureVersion',
    });
    expect(await db.plans.toArray()).toEqual(before);
    expect(notices).toEqual([]);
  });
});

describe('KeeperStore.letExpire', () => {
  it('silences the current expiry until a renewal, and can be lifted', async () => {
    const { store, notices } = makeStore();
    await store.savePlan(aPlan({ period: { unit: 'month', count: 1 } }));
    await store.letExpire('plan-rome');
    expect((await store.getPlan('plan-rome'))?.silencedExpiresAt).toBe('2026-12-02T12:00:00.000Z');
    await store.letExpire('plan-rome', false);
    expect(await store.getPlan('plan-rome')).not.toHaveProperty('silencedExpiresAt');
    await store.letExpire('plan-rome');
    await store.renewPlan('plan-rome', { channel: 'website' });
    const renewed = await store.getPlan('plan-rome');
    // The silence named the old expiry: the new cycle is reminded again.
    expect(renewed?.silencedExpiresAt).not.toBe(renewed?.expiresAt);
    expect(notices.filter((notice) => notice === 'plans')).toHaveLength(5);
    await store.letExpire('missing');
    expect(notices).toHaveLength(5);
  });
});
