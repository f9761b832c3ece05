import { describe, expect, it } from 'vitest';
import { maskPhoneNumberForGlance, splitCallingCode } from './phone-mask';

describe('maskPhoneNumberForGlance', () => {
  it.each([
    ['+393331234567', '+39 333 ••• 4567'],
    ['+994501234567', '+994 501 ••• 4567'],
    ['+14155550123', '+1 415 ••• 0123'],
    ['+37120123456', '+371 ••• 3456'],
  ])('%s → %s', (e164, masked) => {
    expect(maskPhoneNumberForGlance(e164)).toBe(masked);
  });
});

describe('splitCallingCode', () => {
  it.each([
    ['+393331234567', '39', '3331234567'],
    ['+994501234567', '994', '501234567'],
    ['+14155550123', '1', '4155550123'],
  ])('%s → %s + %s', (e164, countryCode, national) => {
    expect(splitCallingCode(e164)).toEqual({ countryCode, national });
  });
});
