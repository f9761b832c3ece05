import { describe, expect, it } from 'vitest';
import { aPlan } from '../../tests/support/plans';
import { type Dormancy, numberKeptUntil } from './number-kept';

const twelveMonths: Dormancy = { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' };
const sixMonths: Dormancy = { rule: 'monthsAfterLastTopUp', months: 6, source: 'unverified' };
const validityPlus180: Dormancy = { rule: 'daysAfterValidity', days: 180, source: 'unverified' };
const validityPlus30: Dormancy = { rule: 'daysAfterValidity', days: 30, source: 'unverified' };

describe('numberKeptUntil', () => {
  it.each([
    // TIM-like: 12 months after the last top-up, same local time (11:00 CET).
    ['12 months after the last top-up', aPlan({ lastTopUpAt: '2026-02-15T10:00:00.000Z' }), twelveMonths, '2027-02-15T10:00:00.000Z'],
    // 6 months on is summer: still 11:00 local, now CEST.
    ['6 months, into summer time', aPlan({ lastTopUpAt: '2026-02-15T10:00:00.000Z' }), sixMonths, '2026-08-15T09:00:00.000Z'],
    // 31 Aug + 6 months clamps to 28 Feb.
    ['6 months from the 31st', aPlan({ lastTopUpAt: '2026-08-31T10:00:00.000Z' }), sixMonths, '2027-02-28T11:00:00.000Z'],
    // Azercell-like: validity + 180 days, from the end of 2 Dec in Baku to the end of 31 May.
    [
      '180 days after the validity, Baku',
      aPlan({ carrierId: 'azercell', timeZone: 'Asia/Baku', expiresAt: '2026-12-02T19:59:59.999Z', expiryPrecision: 'day' }),
      validityPlus180,
      '2027-05-31T19:59:59.999Z',
    ],
    // The end of 1 March (CET) + 30 days is the end of 31 March (CEST).
    [
      '30 days after the validity, across spring forward',
      aPlan({ expiresAt: '2026-03-01T22:59:59.999Z', expiryPrecision: 'day' }),
      validityPlus30,
      '2026-03-31T21:59:59.999Z',
    ],
  ])('%s', (_name, plan, dormancy, expected) => {
    expect(numberKeptUntil(plan, dormancy)).toBe(expected);
  });

  it("takes the person's own date over the carrier's rule", () => {
    const plan = aPlan({ numberKeptUntil: '2027-06-30T21:59:59.999Z', lastTopUpAt: '2026-02-15T10:00:00.000Z' });
    expect(numberKeptUntil(plan, twelveMonths)).toBe('2027-06-30T21:59:59.999Z');
    expect(numberKeptUntil(plan, undefined)).toBe('2027-06-30T21:59:59.999Z');
  });

  it('does not know without a last top-up, for a rule that counts from it', () => {
    expect(numberKeptUntil(aPlan(), twelveMonths)).toBeUndefined();
  });

  it('does not know without a rule (data-only eSIMs)', () => {
    expect(numberKeptUntil(aPlan({ lastTopUpAt: '2026-02-15T10:00:00.000Z' }), undefined)).toBeUndefined();
  });

  it('counts from the expiry even when the plan has run out', () => {
    expect(numberKeptUntil(aPlan({ expiresAt: '2026-01-10T12:00:00.000Z' }), validityPlus30)).toBe('2026-02-09T12:00:00.000Z');
  });
});
