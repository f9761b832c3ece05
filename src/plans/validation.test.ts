import { describe, expect, it } from 'vitest';
import { z } from '../schema/z';
import { formatPath, validationErrors, validationMessageName } from './validation';

describe('validationErrors', () => {
  const schema = z.strictObject({
    plans: z.array(z.strictObject({ iccid: z.string().refine((v) => v === 'ok', { error: 'iccid.checkDigit' }) })),
  });

  it('gives each problem its full path and our code', () => {
    const result = schema.safeParse({ plans: [{ iccid: 'ok' }, { iccid: 'ok' }, { iccid: 'ok' }, { iccid: 'bad' }] });
    expect(result.success).toBe(false);
    expect(validationErrors(result.error!)).toEqual([{ path: 'plans[3].iccid', code: 'iccid.checkDigit' }]);
  });

  it('prefixes paths for nested documents', () => {
    const result = schema.safeParse({ plans: [{ iccid: 1 }] });
    expect(validationErrors(result.error!, ['backup'])).toEqual([{ path: 'backup.plans[0].iccid', code: 'value.wrongType' }]);
  });

  it('tells a missing value from a wrong one', () => {
    const coded = z.strictObject({ expiresAt: z.string({ error: 'instant.format' }) });
    expect(validationErrors(coded.safeParse({}).error!, [], {})).toEqual([{ path: 'expiresAt', code: 'value.required' }]);
    expect(validationErrors(coded.safeParse({ expiresAt: 3 }).error!, [], { expiresAt: 3 })).toEqual([
      { path: 'expiresAt', code: 'instant.format' },
    ]);
    // Without the input, zod's own wording still tells a missing value apart.
    const plain = z.strictObject({ count: z.number() });
    expect(validationErrors(plain.safeParse({}).error!)).toEqual([{ path: 'count', code: 'value.required' }]);
    expect(validationErrors(plain.safeParse({ count: 'x' }).error!)).toEqual([{ path: 'count', code: 'value.wrongType' }]);
  });

  it('uses generic codes for zod’s own messages', () => {
    const result = z.strictObject({ count: z.number().max(3) }).safeParse({ count: 5, extra: true });
    expect(validationErrors(result.error!).map((error) => error.code).sort()).toEqual(['value.tooBig', 'value.unknownField']);
  });
});

describe('formatPath and validationMessageName', () => {
  it.each([
    [['plans', 3, 'iccid'], 'plans[3].iccid'],
    [[0, 'a'], '[0].a'],
    [[], ''],
  ])('formats %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it('names the message for a code', () => {
    expect(validationMessageName('iccid.checkDigit')).toBe('validation_iccid_checkDigit');
  });
});

describe('VALIDATION_CODES', () => {
  it('lists every generic code, and only codes of the area.problem form', async () => {
    const { VALIDATION_CODES } = await import('./validation');
    for (const code of ['value.required', 'value.wrongType', 'value.unknownField', 'value.notAllowed', 'value.tooSmall', 'value.tooBig', 'value.format']) {
      expect(VALIDATION_CODES).toContain(code);
    }
    for (const code of VALIDATION_CODES) expect(code).toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/);
  });

  it('lists every code the plans, backup and store code can produce', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { VALIDATION_CODES } = await import('./validation');
    const sources = ['.', '../backup', '../db']
      .map((folder) => `${import.meta.dirname}/${folder}`)
      .flatMap((folder) =>
        readdirSync(folder)
          .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
          .map((file) => readFileSync(`${folder}/${file}`, 'utf8')),
      )
      .join('\n');
    // Codes appear as `error: 'x.y'`, `message: 'x.y'` or in problem type unions `'x.y' |`.
    const written = new Set(
      [...sources.matchAll(/(?:error|message|problem|code):\s*'([a-zA-Z]+\.[a-zA-Z]+)'|'([a-zA-Z]+\.[a-zA-Z]+)'\s*\|/g)].map(
        (match) => match[1] ?? match[2]!,
      ),
    );
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((code) => !(VALIDATION_CODES as readonly string[]).includes(code))).toEqual([]);
  });
});
