import { describe, expect, it } from 'vitest';
import { aPlan } from '../../../tests/support/plans';
import { planMatches } from './plan-search';

describe('planMatches', () => {
  const rome = aPlan({ phoneNumber: '+393331234567', planName: 'TIM Weekend' });
  const baku = aPlan({ id: 'baku', label: 'Baku SIM', carrierId: 'custom', carrierName: 'Nar Mobile', country: 'AZ' });

  it.each([
    ['', true],
    ['rome', true],
    ['ROME ESIM', true],
    ['tim', true],
    ['weekend', true],
    ['IT', true],
    ['ital', true],
    ['333 123', true],
    ['+39 333', true],
    ['4567', true],
    ['baku', false],
    ['999', false],
  ])('Rome eSIM (TIM, +39 333 1234567) and "%s" → %s', (query, matches) => {
    expect(planMatches(rome, query, 'en-GB')).toBe(matches);
  });

  it('finds a custom carrier by its name and a country by its name in the reader’s language', () => {
    expect(planMatches(baku, 'nar', 'en-GB')).toBe(true);
    expect(planMatches(baku, 'azerbaigian', 'it')).toBe(true);
    expect(planMatches(baku, 'Azərbaycan', 'az')).toBe(true);
  });

  it('ignores accents', () => {
    expect(planMatches(aPlan({ label: 'Città eSIM' }), 'citta', 'it')).toBe(true);
  });

  it('does not match digits against a plan without a number', () => {
    expect(planMatches(baku, '123', 'en-GB')).toBe(false);
  });
});
