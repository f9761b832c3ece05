import { describe, expect, it } from 'vitest';
import { REDACTED_ACTIVATION_CODE, redactActivationCodes } from './redact-activation-codes';

describe('redactActivationCodes', () => {
  it.each([
    ['code: LPA:1$smdp.io$ABC-123, thanks', 'code: LPA:1$••••••••, thanks'],
    ['lpa:1$rsp.example.com$X$1.2.3$1 and more', 'LPA:1$•••••••• and more'],
    ['no code here', 'no code here'],
  ])('blanks any LPA string: %j', (text, redacted) => {
    expect(redactActivationCodes(text)).toBe(redacted);
  });

  it('blanks the plan’s own code and a long matching id wherever they appear', () => {
    const plan = { activationCode: 'LPA:1$smdp.io$K2-1YX4B8-1T2PQW3' };
    expect(redactActivationCodes('id K2-1YX4B8-1T2PQW3', plan)).toBe('id ••••••••');
    expect(redactActivationCodes('LPA:1$smdp.io$K2-1YX4B8-1T2PQW3', plan)).toBe(REDACTED_ACTIVATION_CODE);
  });

  it('leaves short matching ids alone: they could be any word', () => {
    expect(redactActivationCodes('ABC is my plan', { activationCode: 'LPA:1$smdp.io$ABC' })).toBe('ABC is my plan');
  });
});
