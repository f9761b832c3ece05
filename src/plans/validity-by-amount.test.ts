import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validityDaysForAmount, validityTableOn } from './validity-by-amount';
import { AZERCELL_2024 } from '../../tests/support/azercell-2024';

const azercell = AZERCELL_2024;

describe('validityDaysForAmount', () => {
  it.each([
    [1, 5],
    [2, 10],
    [3, 20],
    [5, 30],
    [10, 60],
    [25, 90],
    [50, 120],
    [100, 120],
  ])('%d AZN buys %i days', (amount, days) => {
    expect(validityDaysForAmount(azercell, amount)).toBe(days);
  });

  // Between rows: what the largest row not above the amount buys (our assumption).
  it.each([
    [1.5, 5],
    [4, 20],
    [4.99, 20],
    [7.5, 30],
    [30, 90],
    [99.99, 120],
    [500, 120],
    // Sums of decimals land a hair below the row: 0.7 + 0.3 is 0.9999999999999999.
    [0.7 + 0.3, 5],
  ])('%d AZN, between rows, buys %i days', (amount, days) => {
    expect(validityDaysForAmount(azercell, amount)).toBe(days);
  });

  it.each([0, 0.5, 0.99, -5, Number.NaN, Number.POSITIVE_INFINITY])('%d AZN buys nothing we know of', (amount) => {
    expect(validityDaysForAmount(azercell, amount)).toBeUndefined();
  });

  it('never gives fewer days for more money (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (amount, more) => {
        expect(validityDaysForAmount(azercell, amount + more)!).toBeGreaterThanOrEqual(validityDaysForAmount(azercell, amount)!);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validityTableOn', () => {
  const old = { since: '2024-07-01', table: [{ amount: 1, days: 5 }], source: 'unverified' as const };
  const newer = { since: '2025-07-01', table: [{ amount: 1, days: 1 }], source: 'unverified' as const };

  it.each([
    ['2024-06-30', undefined],
    ['2024-07-01', old.table],
    ['2025-06-30', old.table],
    ['2025-07-01', newer.table],
    ['2026-11-22', newer.table],
  ])('on %s uses the table then in effect', (date, expected) => {
    expect(validityTableOn([old, newer], date)).toEqual(expected);
  });

  it('has no table for a carrier without one', () => {
    expect(validityTableOn(undefined, '2026-01-01')).toBeUndefined();
  });
});
