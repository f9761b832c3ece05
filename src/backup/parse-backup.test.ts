import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { aPlan } from '../../tests/support/plans';
import { MAX_BACKUP_BYTES } from './backup-file';
import { exportBackup } from './export-backup';
import { MAX_REPORTED_ERRORS, parseBackup } from './parse-backup';

const NOW = new Date('2026-11-20T08:30:00.000Z');
const renewal = (id: string, planId: string) => ({
  id,
  planId,
  renewedAt: '2026-11-01T10:00:00.000Z',
  previousExpiresAt: '2026-11-02T12:00:00.000Z',
  newExpiresAt: '2026-12-02T12:00:00.000Z',
  channel: 'website' as const,
});
const validText = exportBackup(
  { plans: [aPlan(), aPlan({ id: 'plan-baku', label: 'Baku', carrierId: 'azercell', timeZone: 'Asia/Baku' })], renewals: [renewal('r1', 'plan-rome')], settings: DEFAULT_SETTINGS },
  NOW,
);
const valid = () => JSON.parse(validText) as Record<string, unknown> & { plans: Record<string, unknown>[]; renewals: Record<string, unknown>[] };
const parse = (data: unknown) => parseBackup(JSON.stringify(data));

describe('parseBackup', () => {
  it('reads a backup it wrote', () => {
    const result = parseBackup(validText);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.plans.map((plan) => plan.id)).toEqual(['plan-baku', 'plan-rome']);
  });

  it('fills in defaults the file leaves out and stores instants in UTC', () => {
    const data = valid();
    data.settings = {};
    delete data.plans[0]!.archived;
    data.plans[0]!.expiresAt = '2026-12-02T23:59:59.999+04:00';
    const result = parse(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.backup.plans[0]).toMatchObject({ archived: false, expiresAt: '2026-12-02T19:59:59.999Z' });
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseBackup(`\uFEFF${validText}`).ok).toBe(true);
  });

  it('refuses a file over the size limit before reading it as JSON', () => {
    // 50 MB of text that would not even be JSON: the size alone decides.
    const huge = `{"format":"esim-keeper-backup","notes":"${'x'.repeat(50 * 1024 * 1024)}`;
    expect(parseBackup(huge)).toEqual({ ok: false, code: 'backup.tooLarge', errors: [{ path: '', code: 'backup.tooLarge' }] });
    expect(parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1))).toMatchObject({ code: 'backup.tooLarge' });
  });

  it.each([
    ['a trailing comma on line 3', '{\n  "format": "esim-keeper-backup",\n  "version": 1,\n}', { line: 4, column: 1 }],
    ['a file cut short', validText.slice(0, 40), { offset: 40 }],
    ['an empty file', '', { offset: 0, line: 1, column: 1 }],
    ['words', 'my plans', { line: 1, column: 1 }],
  ])('says where JSON reading stopped: %s', (_name, text, position) => {
    const result = parseBackup(text);
    expect(result).toMatchObject({ ok: false, code: 'backup.notJson', errors: [{ path: '', code: 'backup.notJson' }] });
    if (!result.ok) expect(result.position).toMatchObject(position);
  });

  it('counts lines and columns from 1 across the whole text', () => {
    const result = parseBackup('{\n  "a": 1,\n  "b": x\n}');
    expect(result).toMatchObject({ code: 'backup.notJson', position: { line: 3, column: 8, offset: 19 } });
  });

  it.each([
    ['an array', []],
    ['a number', 42],
    ['null', null],
    ['another app’s JSON', { name: 'my plans', items: [] }],
    ['a wrong format', { ...valid(), format: 'esim-keeper-backup-2' }],
    ['no format', { ...valid(), format: undefined }],
    ['a format that is not text', { ...valid(), format: ['esim-keeper-backup'] }],
  ])('says a file is not ours: %s', (_name, data) => {
    expect(parse(data)).toEqual({ ok: false, code: 'backup.notOurs', errors: [{ path: 'format', code: 'backup.notOurs' }] });
  });

  it.each([2, 17, 1.5])('says version %s was made by a newer eSIM Keeper', (version) => {
    expect(parse({ ...valid(), version, plans: 'whatever a newer version keeps here' })).toEqual({
      ok: false,
      code: 'backup.futureVersion',
      errors: [{ path: 'version', code: 'backup.futureVersion' }],
    });
  });

  it.each([
    ['version 0', { version: 0 }, [{ path: 'version', code: 'backup.unknownVersion' }]],
    ['version as text', { version: '1' }, [{ path: 'version', code: 'backup.unknownVersion' }]],
    ['no version', { version: undefined }, [{ path: 'version', code: 'value.required' }]],
    ['no settings', { settings: undefined }, [{ path: 'settings', code: 'value.required' }]],
    ['plans not a list', { plans: {} }, [{ path: 'plans', code: 'value.wrongType' }]],
    ['a bad exportedAt', { exportedAt: 'yesterday' }, [{ path: 'exportedAt', code: 'instant.format' }]],
    ['an unknown field, named', { reminderLog: [] }, [{ path: 'reminderLog', code: 'value.unknownField' }]],
    ['a __proto__ field', JSON.parse('{"__proto__": {"polluted": true}}'), [{ path: '__proto__', code: 'value.unknownField' }]],
  ])('names what is wrong: %s', (_name, change, errors) => {
    const result = parse({ ...valid(), ...change });
    expect(result).toEqual({ ok: false, code: 'backup.invalid', errors });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives paths into plans and renewals, with our error codes', () => {
    const data = valid();
    data.plans[1]!.iccid = '8939 1000 0000 0000 001';
    data.plans[0]!.phoneNumber = '+39 333';
    data.renewals[0]!.channel = 'carrier pigeon';
    data.plans[1]!.activation_code = 'LPA:1$smdp.io$X';
    const result = parse(data);
    expect(result).toMatchObject({ ok: false, code: 'backup.invalid' });
    if (!result.ok) {
      expect(result.errors).toEqual(
        expect.arrayContaining([
          { path: 'plans[1].iccid', code: 'iccid.checkDigit' },
          { path: 'plans[0].phoneNumber', code: 'phone.invalid' },
          { path: 'renewals[0].channel', code: 'channel.unknown' },
          { path: 'plans[1].activation_code', code: 'value.unknownField' },
        ]),
      );
    }
  });

  it(`reports at most ${MAX_REPORTED_ERRORS} problems`, () => {
    const data = valid();
    data.plans = Array.from({ length: 50 }, (_, index) => ({ ...valid().plans[0], id: `p${index}`, label: '' }));
    const result = parse(data);
    expect(result).toMatchObject({ ok: false, code: 'backup.invalid' });
    if (!result.ok) {
      expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS);
      expect(result.errors[0]).toEqual({ path: 'plans[0].label', code: 'label.required' });
    }
  });

  it('refuses two plans or renewals with the same id', () => {
    const data = valid();
    data.plans[0]!.id = 'plan-rome';
    data.renewals.push({ ...data.renewals[0]! });
    const result = parse(data);
    expect(result).toEqual({
      ok: false,
      code: 'backup.duplicateIds',
      errors: [
        { path: 'plans[1].id', code: 'backup.duplicateIds' },
        { path: 'renewals[1].id', code: 'backup.duplicateIds' },
      ],
    });
  });

  it('refuses a renewal of a plan that is not in the file', () => {
    const data = valid();
    data.renewals.push({ ...data.renewals[0]!, id: 'r2', planId: 'plan-gone' });
    expect(parse(data)).toEqual({
      ok: false,
      code: 'backup.orphanRenewal',
      errors: [{ path: 'renewals[1].planId', code: 'backup.orphanRenewal' }],
    });
  });

  it('never throws, even for what is not text', () => {
    for (const input of [undefined, null, 42, {}, Symbol('x')]) {
      expect(parseBackup(input as unknown as string)).toMatchObject({ ok: false, code: 'backup.notJson' });
    }
  });
});
