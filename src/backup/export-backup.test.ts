import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { aPlan } from '../../tests/support/plans';
import { exportBackup } from './export-backup';

const NOW = new Date('2026-11-20T09:30:00+01:00');
const LPA = 'LPA:1$smdp.io$K2-1YX4B8-1T2PQW3';

describe('exportBackup', () => {
  const text = exportBackup(
    {
      plans: [aPlan({ id: 'b', activationCode: LPA }), aPlan({ id: 'a', label: 'Baku', phoneNumber: '+994501234567' })],
      renewals: [],
      settings: DEFAULT_SETTINGS,
    },
    NOW,
  );

  it('writes the format, version and time of export (UTC) first', () => {
    expect(text.startsWith('{\n  "format": "esim-keeper-backup",\n  "version": 1,\n  "exportedAt": "2026-11-20T08:30:00.000Z",\n')).toBe(true);
  });

  it('indents by two spaces and ends with a newline', () => {
    expect(text).toMatch(/\n {2}"plans": \[\n {4}\{\n {6}"id": "a",/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('sorts plans by id and writes each plan’s fields in schema order', () => {
    const backup = JSON.parse(text);
    expect(backup.plans.map((plan: { id: string }) => plan.id)).toEqual(['a', 'b']);
    expect(Object.keys(backup.plans[0]).slice(0, 4)).toEqual(['id', 'label', 'carrierId', 'phoneNumber']);
  });

  it('keeps the activation code, which reinstalling the eSIM needs', () => {
    expect(JSON.parse(text).plans[1].activationCode).toBe(LPA);
  });

  it('holds plans, renewals and settings, and nothing else', () => {
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'exportedAt', 'plans', 'renewals', 'settings']);
  });

  it('keeps a field named __proto__ as a field', () => {
    const odd = JSON.parse('{"__proto__": "x"}') as object;
    const written = exportBackup({ plans: [{ ...aPlan(), ...odd }], renewals: [], settings: DEFAULT_SETTINGS }, NOW);
    expect(written).toContain('"__proto__": "x"');
  });
});
