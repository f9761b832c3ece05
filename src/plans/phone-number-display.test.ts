import { describe, expect, it } from 'vitest';
import { formatPhoneNumber } from './phone-number-display';

describe('formatPhoneNumber', () => {
  it.each([
    ['+393331234567', '+39 333 123 4567'],
    ['+994501234567', '+994 50 123 45 67'],
    ['not a number', 'not a number'],
  ])('%s → %s', (input, expected) => {
    expect(formatPhoneNumber(input)).toBe(expected);
  });
});
