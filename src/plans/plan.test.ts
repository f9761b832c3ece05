import { describe, expect, it } from 'vitest';
import { aPlan } from '../../tests/support/plans';
import { planSchema } from './plan';
import { validationErrors } from './validation';

function problems(input: unknown) {
  const result = planSchema.safeParse(input);
  return result.success ? [] : validationErrors(result.error, [], input);
}

describe('planSchema', () => {
  it('accepts a full plan and fills defaults for a minimal one', () => {
    const full = aPlan({
      carrierId: 'tim',
      country: 'IT',
      phoneNumber: '+393331234567',
      iccid: '8939104520000123458',
      planName: 'TIM Weekend',
      dataAllowanceMB: 10240,
      dataLeftMB: 2048.5,
      startsAt: '2026-11-02T12:00:00.000Z',
      period: { unit: 'month', count: 1 },
      renewalAnchorDay: 2,
      lastTopUpAt: '2026-11-02T12:00:00.000Z',
      price: { amount: 9.99, currency: 'EUR' },
      topUpAmount: 10,
      email: 'traveller@example.org',
      holderName: 'Ada Lovelace',
      renewalUrl: 'https://www.tim.it/ricarica',
      activationCode: 'LPA:1$smdp.example.com$K2-1A2B3C',
      notes: 'Bought at Fiumicino',
    });
    expect(planSchema.parse(full)).toEqual(full);
    const { expiryPrecision: _p, autoRenew: _a, archived: _r, ...minimal } = aPlan();
    expect(planSchema.parse(minimal)).toMatchObject({ expiryPrecision: 'instant', autoRenew: false, archived: false });
  });

  it('normalises instants with an offset to UTC and ICCIDs to digits', () => {
    const parsed = planSchema.parse(aPlan({ expiresAt: '2026-12-02T23:59:00+01:00', iccid: '8939 1045 2000 0123 458' }));
    expect(parsed.expiresAt).toBe('2026-12-02T22:59:00.000Z');
    expect(parsed.iccid).toBe('8939104520000123458');
  });

  it.each([
    ['a wrong ICCID check digit', { iccid: '8939104520000123454' }, [{ path: 'iccid', code: 'iccid.checkDigit' }]],
    ['a short ICCID', { iccid: '89391045' }, [{ path: 'iccid', code: 'iccid.length' }]],
    ['a number not in E.164', { phoneNumber: '333 123 4567' }, [{ path: 'phoneNumber', code: 'phone.invalid' }]],
    ['a broken activation code', { activationCode: 'LPA:1$$x' }, [{ path: 'activationCode', code: 'activationCode.address' }]],
    ['an expiry before the start', { startsAt: '2026-12-03T00:00:00.000Z' }, [{ path: 'expiresAt', code: 'expiry.beforeStart' }]],
    ['a negative price', { price: { amount: -1, currency: 'EUR' } }, [{ path: 'price.amount', code: 'amount.negative' }]],
    ['an unknown currency', { price: { amount: 1, currency: 'XYZ' } }, [{ path: 'price.currency', code: 'currency.unknown' }]],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, [{ path: 'timeZone', code: 'timeZone.unknown' }]],
    ['a date that is not an instant', { expiresAt: '2 Dec 2026' }, [{ path: 'expiresAt', code: 'instant.format' }]],
    ['a custom carrier without a name', { carrierId: 'custom' }, [{ path: 'carrierName', code: 'carrierName.required' }]],
    ['an empty label', { label: '   ' }, [{ path: 'label', code: 'label.required' }]],
    ['a renewal page over http', { renewalUrl: 'http://www.tim.it/ricarica' }, [{ path: 'renewalUrl', code: 'url.https' }]],
    ['a bad e-mail', { email: 'not-an-email' }, [{ path: 'email', code: 'email.format' }]],
    ['negative data left', { dataLeftMB: -5 }, [{ path: 'dataLeftMB', code: 'amount.negative' }]],
    ['a zero-length period', { period: { unit: 'month', count: 0 } }, [{ path: 'period.count', code: 'period.count' }]],
  ] as const)('refuses %s with a code and a path', (_case, change, expected) => {
    expect(problems({ ...aPlan(), ...change })).toEqual(expected);
  });

  it('names missing and unknown fields', () => {
    const { expiresAt: _drop, ...withoutExpiry } = aPlan();
    expect(problems(withoutExpiry)).toEqual([{ path: 'expiresAt', code: 'value.required' }]);
    expect(problems({ ...aPlan(), secret: 'x' })).toEqual([{ path: '', code: 'value.unknownField' }]);
    expect(problems({ ...aPlan(), expiresAt: 12 })).toEqual([{ path: 'expiresAt', code: 'instant.format' }]);
  });
});
