import { describe, expect, it } from 'vitest';
import { isE164PhoneNumber, normalisePhoneNumber } from './phone-number';

describe('normalisePhoneNumber', () => {
  it.each([
    ['an Italian mobile as written at home', '333 123 4567', 'IT', '+393331234567'],
    ['an Italian mobile with the prefix', '+39 333 1234567', undefined, '+393331234567'],
    ['an Italian mobile with 00', '0039 333 1234567', undefined, '+393331234567'],
    ['an Italian number with dots and dashes', '333.123-4567', 'IT', '+393331234567'],
    ['an Azerbaijani mobile with its trunk 0', '050 123 45 67', 'AZ', '+994501234567'],
    ['an Azerbaijani Bakcell mobile', '055 987 65 43', 'AZ', '+994559876543'],
    ['an Azerbaijani Nar mobile', '070 555 12 34', 'AZ', '+994705551234'],
    ['a number whose prefix beats the default country', '+994 50 123 45 67', 'IT', '+994501234567'],
  ])('reads %s', (_case, input, country, expected) => {
    expect(normalisePhoneNumber(input, country)).toEqual({ ok: true, e164: expected });
  });

  it.each([
    ['nothing', '', 'IT', 'phone.invalid'],
    ['too few digits', '333 12', 'IT', 'phone.tooShort'],
    ['too many digits', '333 123 4567 8901 23', 'IT', 'phone.tooLong'],
    ['a national number without a country', '333 123 4567', undefined, 'phone.country'],
    ['letters', 'call me', 'IT', 'phone.invalid'],
  ])('refuses %s', (_case, input, country, problem) => {
    expect(normalisePhoneNumber(input, country)).toEqual({ ok: false, problem });
  });
});

describe('isE164PhoneNumber', () => {
  it.each([
    ['+393331234567', true],
    ['+994501234567', true],
    ['393331234567', false],
    ['+39 333 1234567', false],
    ['+3933', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isE164PhoneNumber(value)).toBe(expected);
  });
});
