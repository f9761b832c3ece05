import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iccidProblem, luhnCheckDigit, normaliseIccid, passesLuhn } from './iccid';

// 8939 (Italy) + issuer + serial; check digits computed by hand and by luhnCheckDigit.
const VALID_19 = '8939104520000123458';

describe('iccidProblem', () => {
  it('accepts a valid ICCID, with or without spaces and dashes', () => {
    expect(passesLuhn(VALID_19)).toBe(true);
    expect(iccidProblem(VALID_19)).toBeUndefined();
    expect(iccidProblem('8939 1045 2000 0123 458')).toBeUndefined();
    expect(iccidProblem('8939-1045-2000-0123-458')).toBeUndefined();
    expect(normaliseIccid('8939 1045-2000')).toBe('893910452000');
  });

  it.each([
    ['letters', '8939104520000I23458', 'iccid.digits'],
    ['an empty value', '', 'iccid.digits'],
    ['17 digits', '89391045200001234', 'iccid.length'],
    ['23 digits', '89391045200001234531234', 'iccid.length'],
    ['a number not starting with 89', '1939104520000123458', 'iccid.prefix'],
    ['a wrong last digit', '8939104520000123454', 'iccid.checkDigit'],
    ['two swapped digits', '8939104520000123548', 'iccid.checkDigit'],
  ])('refuses %s', (_case, input, problem) => {
    expect(iccidProblem(input)).toBe(problem);
  });

  it('accepts every length from 18 to 22 digits with the right check digit', () => {
    for (let length = 18; length <= 22; length += 1) {
      const body = `89${'7'.repeat(length - 3)}`;
      expect(iccidProblem(body + luhnCheckDigit(body)), `${length} digits`).toBeUndefined();
    }
  });

  it('catches every single-digit typo (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{16,20}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (serial, position, delta) => {
          const body = `89${serial}`;
          const iccid = body + luhnCheckDigit(body);
          const index = position % iccid.length;
          const typo = iccid.slice(0, index) + ((Number(iccid[index]) + delta) % 10) + iccid.slice(index + 1);
          expect(passesLuhn(typo)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
