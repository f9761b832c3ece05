import { describe, expect, it } from 'vitest';
import { maskActivationCode, parseActivationCode } from './activation-code';

describe('parseActivationCode', () => {
  it.each([
    ['address and matching id', 'LPA:1$smdp.example.com$K2-1A2B3C-4D5E6F', { smdpAddress: 'smdp.example.com', matchingId: 'K2-1A2B3C-4D5E6F', confirmationCodeRequired: false }],
    ['an empty matching id', 'LPA:1$rsp.truphone.com$', { smdpAddress: 'rsp.truphone.com', matchingId: '', confirmationCodeRequired: false }],
    ['an OID', 'LPA:1$smdp.io$ABC123$1.3.6.1.4.1.31746', { smdpAddress: 'smdp.io', matchingId: 'ABC123', smdpOid: '1.3.6.1.4.1.31746', confirmationCodeRequired: false }],
    ['a confirmation code flag', 'LPA:1$smdp.io$ABC123$$1', { smdpAddress: 'smdp.io', matchingId: 'ABC123', confirmationCodeRequired: true }],
    ['a port and spaces around', '  LPA:1$smdp.io:8443$ABC123 ', { smdpAddress: 'smdp.io:8443', matchingId: 'ABC123', confirmationCodeRequired: false }],
    ['lower-case lpa', 'lpa:1$smdp.io$abc-123', { smdpAddress: 'smdp.io', matchingId: 'abc-123', confirmationCodeRequired: false }],
  ])('reads %s', (_case, input, value) => {
    expect(parseActivationCode(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['no LPA prefix', 'smdp.io$ABC123', 'activationCode.format'],
    ['an old LPA version', 'LPA:2$smdp.io$ABC123', 'activationCode.format'],
    ['no matching-id part at all', 'LPA:1$smdp.io', 'activationCode.format'],
    ['a URL instead of an address', 'LPA:1$https://smdp.io$ABC', 'activationCode.address'],
    ['an empty address', 'LPA:1$$ABC', 'activationCode.address'],
    ['a bad OID', 'LPA:1$smdp.io$ABC$not-an-oid', 'activationCode.format'],
    ['a bad confirmation flag', 'LPA:1$smdp.io$ABC$$2', 'activationCode.format'],
    ['too many parts', 'LPA:1$smdp.io$ABC$1.2$1$x', 'activationCode.format'],
    ['spaces in the matching id', 'LPA:1$smdp.io$AB C', 'activationCode.format'],
  ])('refuses %s', (_case, input, problem) => {
    expect(parseActivationCode(input)).toEqual({ ok: false, problem });
  });
});

describe('maskActivationCode', () => {
  it('keeps the server and hides the matching id', () => {
    expect(maskActivationCode('LPA:1$smdp.io$SECRET-123')).toBe('LPA:1$smdp.io$••••••••');
    expect(maskActivationCode('LPA:1$smdp.io$SECRET-123')).not.toContain('SECRET');
    expect(maskActivationCode('garbage SECRET')).toBe('••••••••');
  });
});
