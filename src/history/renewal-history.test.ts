import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Renewal } from '../plans/renewal';
import { addTotals } from './money-total';
import { renewalHistory } from './renewal-history';

function aRenewal(overrides: Partial<Renewal> = {}): Renewal {
  return {
    id: 'r1',
    planId: 'plan-rome',
    renewedAt: '2026-03-01T10:00:00.000Z',
    previousExpiresAt: '2026-03-02T12:00:00.000Z',
    newExpiresAt: '2026-04-02T12:00:00.000Z',
    amount: { amount: 15, currency: 'EUR' },
    channel: 'website',
    ...overrides,
  };
}

describe('renewalHistory', () => {
  const renewals = [
    aRenewal({ id: 'a', renewedAt: '2025-06-01T10:00:00.000Z', amount: { amount: 15, currency: 'EUR' } }),
    aRenewal({ id: 'b', renewedAt: '2026-01-10T10:00:00.000Z', amount: { amount: 15, currency: 'EUR' } }),
    aRenewal({ id: 'c', planId: 'plan-baku', renewedAt: '2026-02-10T10:00:00.000Z', amount: { amount: 10, currency: 'AZN' } }),
    aRenewal({ id: 'd', renewedAt: '2026-03-10T10:00:00.000Z', amount: { amount: 30, currency: 'EUR' } }),
    aRenewal({ id: 'e', planId: 'plan-baku', renewedAt: '2026-04-10T10:00:00.000Z', amount: { amount: 20, currency: 'AZN' } }),
    aRenewal({ id: 'f', planId: 'plan-baku', renewedAt: '2026-05-10T10:00:00.000Z', channel: 'auto', amount: undefined }),
  ];

  it('groups per year, newest first, then per plan, the latest renewed first', () => {
    const history = renewalHistory(renewals, 'Europe/Rome');
    expect(history.years.map((year) => year.year)).toEqual([2026, 2025]);
    const [y2026, y2025] = history.years;
    expect(y2026!.plans.map((plan) => plan.planId)).toEqual(['plan-baku', 'plan-rome']);
    expect(y2026!.plans[0]!.renewals.map((renewal) => renewal.id)).toEqual(['f', 'e', 'c']);
    expect(y2026!.plans[1]!.renewals.map((renewal) => renewal.id)).toEqual(['d', 'b']);
    expect(y2025!.plans.map((plan) => plan.planId)).toEqual(['plan-rome']);
  });

  it('totals each year and plan per currency, and all years together', () => {
    const history = renewalHistory(renewals, 'Europe/Rome');
    expect(history.years[0]!.totals).toEqual([
      { currency: 'AZN', minorUnits: 3000 },
      { currency: 'EUR', minorUnits: 4500 },
    ]);
    expect(history.years[0]!.plans[0]!.totals).toEqual([{ currency: 'AZN', minorUnits: 3000 }]);
    expect(history.years[1]!.totals).toEqual([{ currency: 'EUR', minorUnits: 1500 }]);
    expect(history.totals).toEqual([
      { currency: 'AZN', minorUnits: 3000 },
      { currency: 'EUR', minorUnits: 6000 },
    ]);
  });

  it('keeps one plan when asked', () => {
    const history = renewalHistory(renewals, 'Europe/Rome', 'plan-baku');
    expect(history.years.map((year) => year.year)).toEqual([2026]);
    expect(history.totals).toEqual([{ currency: 'AZN', minorUnits: 3000 }]);
  });

  it('counts a renewal in the year of the person’s own calendar', () => {
    // 23:30 UTC on 31 December is already 1 January in Baku (UTC+4), still 31 December in New York.
    const newYearsEve = [aRenewal({ renewedAt: '2025-12-31T23:30:00.000Z' })];
    expect(renewalHistory(newYearsEve, 'Asia/Baku').years[0]!.year).toBe(2026);
    expect(renewalHistory(newYearsEve, 'America/New_York').years[0]!.year).toBe(2025);
  });

  it('is empty without renewals', () => {
    expect(renewalHistory([], 'UTC')).toEqual({ years: [], totals: [] });
  });

  it('sums per-plan totals to the year’s totals, per currency (property)', () => {
    const currency = fc.constantFrom('EUR', 'AZN', 'USD', 'JPY', 'KWD');
    // Amounts as people type them: whole minor units of the currency.
    const money = fc.option(
      fc.tuple(currency, fc.integer({ min: 0, max: 10_000_000 })).map(([code, minor]) => ({
        currency: code,
        amount: minor / 10 ** (code === 'JPY' ? 0 : code === 'KWD' ? 3 : 2),
      })),
      { nil: undefined },
    );
    const renewal = fc.record({
      planId: fc.constantFrom('a', 'b', 'c'),
      renewedAt: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }),
      amount: money,
    });
    fc.assert(
      fc.property(fc.array(renewal, { maxLength: 60 }), fc.constantFrom('UTC', 'Asia/Baku', 'America/New_York'), (drawn, zone) => {
        const list = drawn.map((entry, index) =>
          aRenewal({ id: `r${index}`, planId: entry.planId, renewedAt: entry.renewedAt.toISOString(), amount: entry.amount }),
        );
        const history = renewalHistory(list, zone);
        for (const year of history.years) {
          expect(addTotals(year.plans.map((plan) => plan.totals))).toEqual(year.totals);
        }
        expect(addTotals(history.years.map((year) => year.totals))).toEqual(history.totals);
        expect(history.years.reduce((count, year) => count + year.plans.reduce((sum, plan) => sum + plan.renewals.length, 0), 0)).toBe(list.length);
      }),
    );
  });
});
