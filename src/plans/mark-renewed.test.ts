import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aPlan } from '../../tests/support/plans';
import { endOfLocalDay, localDateOf } from './expiry-input';
import { markRenewed, type MarkRenewedOptions, RenewalError } from './mark-renewed';
import { type Plan, planSchema } from './plan';
import type { Period } from './primitives';
import { renewalSchema } from './renewal';
import { AZERCELL_2024 } from '../../tests/support/azercell-2024';

const monthly: Period = { unit: 'month', count: 1 };

const azercellTable = AZERCELL_2024;

function renew(plan: Plan, now: string, options: Partial<MarkRenewedOptions> = {}) {
  return markRenewed(plan, { now: new Date(now), renewalId: 'renewal-1', channel: 'website', ...options });
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof RenewalError) return error.code;
    throw error;
  }
  return undefined;
}

describe('markRenewed', () => {
  describe('a monthly TIM plan renewed on time keeps its anchor day: 31 Jan → 28 Feb → 31 Mar', () => {
    it.each([
      // expiryPrecision `day`: the end of the local day, 23:59:59.999 in Rome.
      ['day', '2025-12-31T22:59:59.999Z', ['2026-01-31T22:59:59.999Z', '2026-02-28T22:59:59.999Z', '2026-03-31T21:59:59.999Z']],
      // expiryPrecision `instant` at 23:59 Rome: the local time is kept through the change to CEST.
      ['instant', '2025-12-31T22:59:00.000Z', ['2026-01-31T22:59:00.000Z', '2026-02-28T22:59:00.000Z', '2026-03-31T21:59:00.000Z']],
    ] as const)('precision %s', (expiryPrecision, firstExpiry, expected) => {
      let plan = aPlan({ period: monthly, expiryPrecision, expiresAt: firstExpiry });
      const nows = ['2025-12-30T10:00:00.000Z', '2026-01-30T10:00:00.000Z', '2026-02-27T10:00:00.000Z'];
      const expiries = nows.map((now) => {
        const previous = plan.expiresAt;
        const result = renew(plan, now);
        expect(result.renewal).toMatchObject({ previousExpiresAt: previous, newExpiresAt: result.plan.expiresAt, renewedAt: now });
        expect(result.plan).toMatchObject({ startsAt: previous, lastTopUpAt: now, updatedAt: now, renewalAnchorDay: 31, expiryPrecision });
        plan = result.plan;
        return plan.expiresAt;
      });
      expect(expiries).toEqual(expected);
    });
  });

  it('renews an expired plan from now, on a fresh anchor day', () => {
    // Ran out on 2 Dec; renewed at 10:00 Rome on 10 Dec: a month from then, not to 2 Jan.
    const plan = aPlan({ period: monthly, expiresAt: '2026-12-02T12:00:00.000Z', renewalAnchorDay: 2 });
    const { plan: renewed, renewal } = renew(plan, '2026-12-10T09:00:00.000Z');
    expect(renewed).toMatchObject({
      expiresAt: '2027-01-10T09:00:00.000Z',
      startsAt: '2026-12-10T09:00:00.000Z',
      renewalAnchorDay: 10,
    });
    expect(renewal.previousExpiresAt).toBe('2026-12-02T12:00:00.000Z');
  });

  it('renews an expired date-only plan to the end of a local day', () => {
    const plan = aPlan({ period: monthly, expiresAt: '2026-12-02T22:59:59.999Z', expiryPrecision: 'day' });
    expect(renew(plan, '2026-12-10T09:00:00.000Z').plan).toMatchObject({
      expiresAt: '2027-01-10T22:59:59.999Z',
      expiryPrecision: 'day',
    });
  });

  it('counts a plan that expires this very instant as expired', () => {
    const plan = aPlan({ period: { unit: 'day', count: 30 } });
    expect(renew(plan, plan.expiresAt).plan.startsAt).toBe(plan.expiresAt);
    expect(renew(plan, plan.expiresAt).plan.expiresAt).toBe('2027-01-01T12:00:00.000Z');
  });

  describe('by validity table (Azercell)', () => {
    const azercell = aPlan({
      carrierId: 'azercell',
      timeZone: 'Asia/Baku',
      expiresAt: '2026-12-02T19:59:59.999Z', // end of 2 Dec in Baku
      expiryPrecision: 'day',
      period: { unit: 'day', count: 30 },
    });

    it.each([
      [5, '2027-01-01T19:59:59.999Z'],
      [7, '2027-01-01T19:59:59.999Z'],
      [1, '2026-12-07T19:59:59.999Z'],
      [25, '2027-03-02T19:59:59.999Z'],
    ])('%d AZN → expires %s', (amount, expected) => {
      const { plan, renewal } = renew(azercell, '2026-11-30T08:00:00.000Z', {
        amount: { amount, currency: 'AZN' },
        validityByAmount: azercellTable,
        channel: 'app',
      });
      expect(plan.expiresAt).toBe(expected);
      expect(renewal.amount).toEqual({ amount, currency: 'AZN' });
    });

    it('keeps the local time of an exact expiry, counting days in Baku', () => {
      const plan = { ...azercell, expiresAt: '2026-12-02T10:00:00.000Z', expiryPrecision: 'instant' as const };
      const renewed = renew(plan, '2026-11-30T08:00:00.000Z', { amount: { amount: 5, currency: 'AZN' }, validityByAmount: azercellTable });
      expect(renewed.plan.expiresAt).toBe('2027-01-01T10:00:00.000Z');
    });

    it('refuses an amount below the table rather than guess', () => {
      const action = () =>
        renew(azercell, '2026-11-30T08:00:00.000Z', { amount: { amount: 0.5, currency: 'AZN' }, validityByAmount: azercellTable });
      expect(codeOf(action)).toBe('renewal.amountBelowTable');
    });

    it('counts the period when no amount is given', () => {
      expect(renew(azercell, '2026-11-30T08:00:00.000Z', { validityByAmount: azercellTable }).plan.expiresAt).toBe(
        '2027-01-01T19:59:59.999Z',
      );
    });
  });

  describe('with the new expiry given', () => {
    const plan = aPlan({ period: monthly, renewalAnchorDay: 2 });

    it('takes it, normalised to UTC, over the period', () => {
      const { plan: renewed, renewal } = renew(plan, '2026-11-30T10:00:00.000Z', { newExpiresAt: '2027-01-15T10:00:00+01:00' });
      expect(renewed.expiresAt).toBe('2027-01-15T09:00:00.000Z');
      expect(renewal.newExpiresAt).toBe('2027-01-15T09:00:00.000Z');
      // The carrier moved the renewal day, so the anchor follows it.
      expect(renewed.renewalAnchorDay).toBe(15);
    });

    it('keeps the anchor when the date given is the anchor clamped to a short month', () => {
      const endOfJanuary = aPlan({ period: monthly, renewalAnchorDay: 31, expiresAt: '2026-01-31T22:59:00.000Z' });
      const renewed = renew(endOfJanuary, '2026-01-30T10:00:00.000Z', { newExpiresAt: '2026-02-28T22:59:00.000Z' });
      expect(renewed.plan.renewalAnchorDay).toBe(31);
    });

    it('keeps a date-only plan date-only when given the end of a local day', () => {
      const dayPlan = aPlan({ expiryPrecision: 'day', expiresAt: '2026-12-02T22:59:59.999Z' });
      const renewed = renew(dayPlan, '2026-11-30T10:00:00.000Z', { newExpiresAt: endOfLocalDay('2027-01-02', 'Europe/Rome') });
      expect(renewed.plan).toMatchObject({ expiresAt: '2027-01-02T22:59:59.999Z', expiryPrecision: 'day' });
    });

    it('makes a date-only plan exact when given a time of day', () => {
      const dayPlan = aPlan({ expiryPrecision: 'day', expiresAt: '2026-12-02T22:59:59.999Z' });
      const renewed = renew(dayPlan, '2026-11-30T10:00:00.000Z', { newExpiresAt: '2027-01-02T09:30:00.000Z' });
      expect(renewed.plan).toMatchObject({ expiresAt: '2027-01-02T09:30:00.000Z', expiryPrecision: 'instant' });
    });

    it.each([
      ['the old expiry itself', '2026-11-30T10:00:00.000Z', '2026-12-02T12:00:00.000Z'],
      ['before the old expiry', '2026-11-30T10:00:00.000Z', '2026-12-01T12:00:00.000Z'],
      // Expired on 2 Dec, renewed on 10 Dec: a new expiry of 5 Dec is already past.
      ['after the old expiry but before now', '2026-12-10T10:00:00.000Z', '2026-12-05T12:00:00.000Z'],
    ])('refuses %s', (_name, now, newExpiresAt) => {
      expect(codeOf(() => renew(plan, now, { newExpiresAt }))).toBe('renewal.notLater');
    });
  });

  it('refuses a plan with no period and no new expiry', () => {
    const error = (() => {
      try {
        renew(aPlan(), '2026-11-30T10:00:00.000Z');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(RenewalError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'RenewalError', code: 'renewal.noPeriod' });
  });

  it('records the renewal as the schema wants it', () => {
    const { renewal } = renew(aPlan({ period: monthly }), '2026-11-30T10:00:00.000Z', {
      renewalId: 'r-42',
      channel: 'store',
      amount: { amount: 10, currency: 'EUR' },
      reference: '  order 123  ',
    });
    expect(renewal).toEqual({
      id: 'r-42',
      planId: 'plan-rome',
      renewedAt: '2026-11-30T10:00:00.000Z',
      previousExpiresAt: '2026-12-02T12:00:00.000Z',
      newExpiresAt: '2027-01-02T12:00:00.000Z',
      amount: { amount: 10, currency: 'EUR' },
      channel: 'store',
      reference: 'order 123',
    });
    expect(renewalSchema.safeParse(renewal).success).toBe(true);
  });

  it('refuses a renewal id the schema does not accept', () => {
    expect(() => renew(aPlan({ period: monthly }), '2026-11-30T10:00:00.000Z', { renewalId: 'not an id!' })).toThrow();
  });

  it('leaves the plan it was given alone', () => {
    const plan = aPlan({ period: monthly });
    const copy = structuredClone(plan);
    renew(plan, '2026-11-30T10:00:00.000Z');
    expect(plan).toEqual(copy);
  });

  it('always gives an expiry after both now and the old expiry, and a valid plan and renewal (property)', () => {
    const zones = fc.constantFrom('Europe/Rome', 'Asia/Baku', 'America/New_York', 'America/Santiago');
    const times = fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2040-01-01') });
    const periods = fc.record({ unit: fc.constantFrom('day', 'week', 'month', 'year'), count: fc.integer({ min: 1, max: 36 }) });
    const how = fc.oneof(
      fc.record({ kind: fc.constant('period' as const), period: periods }),
      fc.record({ kind: fc.constant('table' as const), amount: fc.double({ min: 1, max: 200, noNaN: true }) }),
      fc.record({ kind: fc.constant('given' as const), afterMs: fc.integer({ min: 1, max: 400 * 86_400_000 }) }),
    );
    fc.assert(
      fc.property(zones, times, times, fc.constantFrom('instant', 'day'), fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }), how, (zone, expiry, now, precision, anchor, way) => {
        const expiresAt =
          precision === 'day' ? endOfLocalDay(localDateOf(new Date(expiry), zone), zone) : new Date(expiry).toISOString();
        const plan = aPlan({
          timeZone: zone,
          expiresAt,
          expiryPrecision: precision as Plan['expiryPrecision'],
          createdAt: '2019-01-01T00:00:00.000Z',
          ...(way.kind === 'period' && { period: way.period as Period, renewalAnchorDay: anchor }),
        });
        const base = Math.max(Date.parse(expiresAt), now);
        const options: Partial<MarkRenewedOptions> =
          way.kind === 'table'
            ? { amount: { amount: Math.round(way.amount * 100) / 100, currency: 'AZN' }, validityByAmount: azercellTable }
            : way.kind === 'given'
              ? { newExpiresAt: new Date(base + way.afterMs).toISOString() }
              : {};
        const { plan: renewed, renewal } = renew(plan, new Date(now).toISOString(), options);

        expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(now);
        expect(renewed.expiresAt > plan.expiresAt).toBe(true);
        expect(renewed.startsAt! < renewed.expiresAt).toBe(true);
        expect(planSchema.safeParse(renewed).success).toBe(true);
        expect(renewalSchema.safeParse(renewal).success).toBe(true);
        if (renewed.expiryPrecision === 'day') {
          expect(renewed.expiresAt).toBe(endOfLocalDay(localDateOf(renewed.expiresAt, zone), zone));
        }
        if (way.kind === 'period' && (way.period.unit === 'month' || way.period.unit === 'year')) {
          expect(renewed.renewalAnchorDay).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
