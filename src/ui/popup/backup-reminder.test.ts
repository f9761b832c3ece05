import { describe, expect, it } from 'vitest';
import { backupReminder } from './backup-reminder';

const NOW = new Date('2026-11-22T12:00:00.000Z');

describe('backupReminder', () => {
  it.each([
    ['no plans, never backed up', 0, undefined, undefined],
    ['plans, never backed up', 2, undefined, { kind: 'never' }],
    ['plans, an unreadable date', 2, 'yesterday', { kind: 'never' }],
    ['plans, backed up 45 days ago', 1, '2026-10-08T12:00:00.000Z', { kind: 'old', daysAgo: 45 }],
    ['plans, backed up 31 days ago', 1, '2026-10-22T11:00:00.000Z', { kind: 'old', daysAgo: 31 }],
    ['plans, backed up exactly 30 days ago', 1, '2026-10-23T12:00:00.000Z', undefined],
    ['plans, backed up today', 1, '2026-11-22T08:00:00.000Z', undefined],
    ['no plans, backed up long ago', 0, '2025-01-01T00:00:00.000Z', undefined],
  ])('%s', (_case, planCount, lastBackupAt, expected) => {
    expect(backupReminder(planCount, lastBackupAt, NOW)).toEqual(expected);
  });
});
