import { describe, expect, it } from 'vitest';
import { aPlan } from '../../tests/support/plans';
import type { ReminderLogEntry } from '../reminders/reminder';
import { KeeperDatabase } from './database';
import { snoozableReminders } from './reminder-log';

const plan = aPlan();
const entry = (key: string, changes: Partial<ReminderLogEntry> = {}): ReminderLogEntry => ({
  key,
  planId: plan.id,
  fireAt: '2026-11-29T08:00:00.000Z',
  claimedAt: '2026-11-29T08:00:00.000Z',
  shownAt: '2026-11-29T08:00:01.000Z',
  reminder: { key, planId: plan.id, kind: 'beforeExpiry', fireAt: '2026-11-29T08:00:00.000Z', deadline: plan.expiresAt, daysBefore: 3 },
  ...changes,
});

describe('snoozableReminders', () => {
  it('offers the latest shown reminder of the current expiry, unless snoozed', async () => {
    const db = new KeeperDatabase(`log-test-${Math.random()}`);
    await db.reminderLog.bulkPut([
      entry('a', { fireAt: '2026-11-25T08:00:00.000Z' }),
      entry('b'),
      entry('old-cycle', { fireAt: '2026-12-30T08:00:00.000Z', reminder: { ...entry('x').reminder!, deadline: '2026-11-02T12:00:00.000Z' } }),
      entry('superseded', { fireAt: '2026-12-31T08:00:00.000Z', supersededBy: 'b' }),
    ]);
    expect((await snoozableReminders(db, [plan])).get(plan.id)?.key).toBe('b');
    await db.reminderLog.update('b', { snoozedUntil: '2026-11-30T08:00:00.000Z' });
    expect((await snoozableReminders(db, [plan])).get(plan.id)?.key).toBe('a');
    expect((await snoozableReminders(db, [])).size).toBe(0);
  });
});
