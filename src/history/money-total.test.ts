import { describe, expect, it } from 'vitest';
import { addTotals, fromMinorUnits, minorUnitDigits, toMinorUnits, totalsByCurrency } from './money-total';

describe('minor units', () => {
  it.each([
    ['EUR', 2],
    ['AZN', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('%s has %i decimals', (currency, digits) => {
    expect(minorUnitDigits(currency)).toBe(digits);
  });

  it.each([
    [{ amount: 10.5, currency: 'EUR' }, 1050],
    [{ amount: 0.1 + 0.2, currency: 'EUR' }, 30],
    [{ amount: 1000, currency: 'JPY' }, 1000],
    [{ amount: 1.234, currency: 'KWD' }, 1234],
  ])('%o is %i minor units', (money, minor) => {
    expect(toMinorUnits(money)).toBe(minor);
  });

  it('turns minor units back into the amount', () => {
    expect(fromMinorUnits({ currency: 'EUR', minorUnits: 4500 })).toBe(45);
    expect(fromMinorUnits({ currency: 'JPY', minorUnits: 1200 })).toBe(1200);
  });
});

describe('totalsByCurrency', () => {
  it('adds per currency, never across currencies, and skips missing amounts', () => {
    expect(
      totalsByCurrency([
        { amount: 15, currency: 'EUR' },
        { amount: 10, currency: 'AZN' },
        undefined,
        { amount: 30, currency: 'EUR' },
        { amount: 20, currency: 'AZN' },
      ]),
    ).toEqual([
      { currency: 'AZN', minorUnits: 3000 },
      { currency: 'EUR', minorUnits: 4500 },
    ]);
  });

  it('adds ten 0.10 to exactly 1.00 (no float drift)', () => {
    expect(totalsByCurrency(Array.from({ length: 10 }, () => ({ amount: 0.1, currency: 'EUR' })))).toEqual([{ currency: 'EUR', minorUnits: 100 }]);
  });

  it('is empty when nothing has an amount', () => {
    expect(totalsByCurrency([undefined, undefined])).toEqual([]);
  });
});

describe('addTotals', () => {
  it('adds lists of totals per currency', () => {
    expect(
      addTotals([
        [{ currency: 'EUR', minorUnits: 100 }],
        [
          { currency: 'USD', minorUnits: 5 },
          { currency: 'EUR', minorUnits: 250 },
        ],
      ]),
    ).toEqual([
      { currency: 'EUR', minorUnits: 350 },
      { currency: 'USD', minorUnits: 5 },
    ]);
  });
});
