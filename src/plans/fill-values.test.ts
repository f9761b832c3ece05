import { describe, expect, it } from 'vitest';
import { fillCarrierById } from '../carriers/fill-carrier';
import { carrierConventions, fillValuesFor, phoneValues, type FormConventions } from './fill-values';
import { aPlan } from '../../tests/support/plans';
import type { Plan } from './plan';

const tim = carrierConventions(fillCarrierById('tim')!);
// Azerbaijani split prefixes, as Azercell's form offers them (the carrier file may list more).
const azercellLike: FormConventions = { currency: 'AZN', phone: { countryCode: '994', trunkPrefix: '0', splitPrefixes: ['050', '051', '010'] } };

const plan = (change: Partial<Plan> = {}): Plan => aPlan({ phoneNumber: '+393331234567', ...change });

describe('phoneValues', () => {
  it('gives an Italian mobile without trunk prefix or split', () => {
    expect(phoneValues('+393331234567', tim)).toEqual({
      international: '+393331234567',
      countryCode: '39',
      national: '3331234567',
      trunkPrefix: '',
    });
  });

  it.each([
    ['+994501234567', '050', '1234567'],
    ['+994511234567', '051', '1234567'],
    ['+994101234567', '010', '1234567'],
  ])('splits %s into %s and %s', (e164, areaCode, local) => {
    expect(phoneValues(e164, azercellLike)).toMatchObject({ countryCode: '994', trunkPrefix: '0', areaCode, local });
  });

  it('does not split a prefix the carrier does not offer', () => {
    const values = phoneValues('+994551234567', azercellLike);
    expect(values).toMatchObject({ national: '551234567', trunkPrefix: '0' });
    expect(values?.areaCode).toBeUndefined();
  });

  it('gives a foreign number its own country code and no home trunk prefix', () => {
    expect(phoneValues('+393331234567', azercellLike)).toEqual({
      international: '+393331234567',
      countryCode: '39',
      national: '3331234567',
      trunkPrefix: '',
    });
  });
});

describe('fillValuesFor', () => {
  it('sends the number, e-mail, usual top-up and the holder’s name, never the ICCID or the code', () => {
    const values = fillValuesFor(
      plan({
        email: 'viaggiatore@example.com',
        topUpAmount: 10,
        holderName: ' Maria  Grazia Rossi ',
        iccid: '8939104520000000001',
        activationCode: 'LPA:1$smdp.example.com$ABC',
        notes: 'secret',
      }),
      tim,
    );
    expect(values).toEqual({
      phone: { international: '+393331234567', countryCode: '39', national: '3331234567', trunkPrefix: '' },
      email: 'viaggiatore@example.com',
      amount: { value: 10, currency: 'EUR' },
      name: { full: 'Maria Grazia Rossi', given: 'Maria Grazia', family: 'Rossi' },
      overwrite: false,
    });
    expect(JSON.stringify(values)).not.toMatch(/8939|LPA|secret/);
  });

  it('falls back to the price in the carrier’s currency, and passes overwrite on', () => {
    expect(fillValuesFor(plan({ price: { amount: 15, currency: 'EUR' } }), tim, true)).toMatchObject({
      amount: { value: 15, currency: 'EUR' },
      overwrite: true,
    });
  });

  it('leaves the amount out when the plan’s money is in another currency', () => {
    expect(fillValuesFor(plan({ price: { amount: 15, currency: 'USD' } }), tim).amount).toBeUndefined();
    expect(fillValuesFor(plan({ topUpAmount: 10, price: { amount: 10, currency: 'USD' } }), tim).amount).toBeUndefined();
  });

  it('off the registry, takes the plan’s own currency and the number’s own country', () => {
    const values = fillValuesFor(plan({ phoneNumber: '+994501234567', topUpAmount: 5, price: { amount: 5, currency: 'USD' } }), { currency: undefined });
    expect(values.amount).toEqual({ value: 5, currency: 'USD' });
    expect(values.phone).toEqual({ international: '+994501234567', countryCode: '994', national: '501234567', trunkPrefix: '' });
    expect(fillValuesFor(plan({ topUpAmount: 5 }), { currency: undefined }).amount).toBeUndefined();
  });

  it('sends nothing it does not have', () => {
    expect(fillValuesFor(plan({ phoneNumber: undefined }), tim)).toEqual({ overwrite: false });
    expect(fillValuesFor(plan({ holderName: 'Madonna' }), tim).name).toEqual({ full: 'Madonna' });
  });
});

describe('phoneValues agrees with libphonenumber', () => {
  it('splits every valid number as libphonenumber does', async () => {
    const { default: fc } = await import('fast-check');
    const { parsePhoneNumberFromString } = await import('libphonenumber-js/min');
    const { phoneNumberArbitrary } = await import('../../tests/support/arbitraries');
    fc.assert(
      fc.property(phoneNumberArbitrary, (e164) => {
        const parsed = parsePhoneNumberFromString(e164)!;
        expect(phoneValues(e164, { currency: undefined })).toMatchObject({
          countryCode: String(parsed.countryCallingCode),
          national: String(parsed.nationalNumber),
        });
      }),
    );
  });
});
