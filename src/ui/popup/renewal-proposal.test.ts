import { describe, expect, it } from 'vitest';
import { aPlan } from '../../../tests/support/plans';
import { expiryOnDate, proposeRenewal } from './renewal-proposal';

const NOW = new Date('2026-11-22T12:00:00.000Z');

describe('proposeRenewal', () => {
  it('counts one period on from the current expiry while it is ahead', () => {
    const plan = aPlan({ period: { unit: 'month', count: 1 } });
    expect(proposeRenewal(plan, undefined, NOW)).toEqual({ ok: true, expiresAt: '2027-01-02T12:00:00.000Z' });
  });

  it('counts from now for a plan that has run out', () => {
    const plan = aPlan({ period: { unit: 'day', count: 30 }, expiresAt: '2026-11-01T12:00:00.000Z' });
    expect(proposeRenewal(plan, undefined, NOW)).toEqual({ ok: true, expiresAt: '2026-12-22T12:00:00.000Z' });
  });

  it('uses the carrier’s validity table for an amount in its currency', () => {
    // Azercell: 5 AZN buys 30 days (src/carriers/azercell.ts).
    const plan = aPlan({ carrierId: 'azercell', timeZone: 'Asia/Baku', expiresAt: '2026-12-01T20:00:00.000Z' });
    expect(proposeRenewal(plan, { amount: 5, currency: 'AZN' }, NOW)).toEqual({ ok: true, expiresAt: '2026-12-31T20:00:00.000Z' });
    expect(proposeRenewal(plan, { amount: 0.1, currency: 'AZN' }, NOW)).toEqual({ ok: false, code: 'renewal.amountBelowTable' });
  });

  it('says when there is no period to count from', () => {
    expect(proposeRenewal(aPlan(), undefined, NOW)).toEqual({ ok: false, code: 'renewal.noPeriod' });
  });

  it('counts without a half-typed amount rather than failing', () => {
    const plan = aPlan({ period: { unit: 'month', count: 1 } });
    expect(proposeRenewal(plan, { amount: 10, currency: 'EU' }, NOW)).toEqual({ ok: true, expiresAt: '2027-01-02T12:00:00.000Z' });
  });
});

describe('expiryOnDate', () => {
  it('keeps the local time of day of the expiry it replaces', () => {
    expect(expiryOnDate('2027-01-05', '2027-01-02T12:00:00.000Z', aPlan())).toBe('2027-01-05T12:00:00.000Z');
    // Across a DST change, the carrier's clock time stays 13:00 Rome.
    expect(expiryOnDate('2027-04-05', '2027-01-02T12:00:00.000Z', aPlan())).toBe('2027-04-05T11:00:00.000Z');
  });

  it('runs a date-only plan to the end of the local day', () => {
    expect(expiryOnDate('2027-01-05', '2027-01-02T22:59:59.999Z', aPlan({ expiryPrecision: 'day' }))).toBe('2027-01-05T22:59:59.999Z');
  });
});
