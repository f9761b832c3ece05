import { describe, expect, it } from 'vitest';
import { carrierById } from '../carriers/registry';
import { carrierDefaults, renewalUrlOf } from './carrier-defaults';

describe('carrierDefaults', () => {
  it('fills country, zone, period and currency from TIM', () => {
    const tim = carrierById('tim')!;
    expect(carrierDefaults(tim)).toEqual({
      carrierId: 'tim',
      country: 'IT',
      timeZone: 'Europe/Rome',
      period: tim.period,
      currency: 'EUR',
    });
  });

  it('gives a global seller no country', () => {
    const seller = { ...carrierById('tim')!, id: 'seller', kind: 'esim-seller' as const, country: undefined, coverage: 'global' as const, timeZone: 'UTC', currency: 'USD' };
    expect(carrierDefaults(seller)).toEqual({ carrierId: 'seller', timeZone: 'UTC', period: seller.period, currency: 'USD' });
  });

  it('copies, so editing the plan cannot change the carrier', () => {
    const tim = carrierById('tim')!;
    const defaults = carrierDefaults(tim);
    defaults.period!.count = 99;
    expect(tim.period.count).not.toBe(99);
  });
});

describe('renewalUrlOf', () => {
  it('prefers the plan’s own page, then the carrier’s', () => {
    const tim = carrierById('tim')!;
    expect(renewalUrlOf({ renewalUrl: 'https://example.org/renew' }, tim)).toBe('https://example.org/renew');
    expect(renewalUrlOf({}, tim)).toBe(tim.renewalUrl);
    expect(renewalUrlOf({}, undefined)).toBeUndefined();
  });
});
