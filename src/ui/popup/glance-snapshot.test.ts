// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { aPlan } from '../../../tests/support/plans';
import { GLANCE_SNAPSHOT_KEY, readGlanceSnapshot, writeGlanceSnapshot } from './glance-snapshot';

describe('glance snapshot', () => {
  it('keeps what the rows show and leaves every secret out', () => {
    const plan = aPlan({
      phoneNumber: '+393331234567',
      iccid: '8939104520000123453',
      activationCode: 'LPA:1$smdp.example.com$ABC-123',
      email: 'me@example.com',
      holderName: 'Ada Rossi',
      notes: 'PIN 1234',
      dataLeftMB: 2048,
    });
    writeGlanceSnapshot({ plans: [plan], lastBackupAt: '2026-11-01T10:00:00.000Z' });
    const stored = localStorage.getItem(GLANCE_SNAPSHOT_KEY)!;
    for (const secret of ['8939104520000123453', 'LPA:1', 'me@example.com', 'Ada Rossi', 'PIN 1234']) expect(stored).not.toContain(secret);
    const { iccid, activationCode, email, holderName, notes, ...shown } = plan;
    expect([iccid, activationCode, email, holderName, notes].every(Boolean)).toBe(true);
    expect(readGlanceSnapshot()).toEqual({ plans: [shown], lastBackupAt: '2026-11-01T10:00:00.000Z' });
  });

  it.each([
    ['nothing stored', undefined],
    ['damaged JSON', '{"version":1,"plans":['],
    ['another version', JSON.stringify({ version: 0, plans: [] })],
    ['plans not a list', JSON.stringify({ version: 1, plans: {} })],
    ['a plan without an expiry', JSON.stringify({ version: 1, plans: [{ id: 'a', label: 'A', carrierId: 'tim', timeZone: 'UTC' }] })],
    ['an unreadable expiry', JSON.stringify({ version: 1, plans: [{ ...aPlan(), expiresAt: 'soon' }] })],
    ['an archived plan', JSON.stringify({ version: 1, plans: [{ ...aPlan(), archived: true }] })],
  ])('answers undefined for %s, so IndexedDB answers instead', (_case, text) => {
    if (text !== undefined) localStorage.setItem(GLANCE_SNAPSHOT_KEY, text);
    expect(readGlanceSnapshot()).toBeUndefined();
  });

  it('survives a storage that refuses to write or read', () => {
    const refusing = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(() => writeGlanceSnapshot({ plans: [aPlan()], lastBackupAt: undefined }, refusing)).not.toThrow();
    expect(readGlanceSnapshot(refusing)).toBeUndefined();
  });
});
