import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { previewReminders } from './preview';

// Friday 20 November 2026, 10:00 in Rome.
const NOW = new Date('2026-11-20T09:00:00.000Z');
const ROME = 'Europe/Rome';

describe('previewReminders', () => {
  it('tells the default reminders of a plan expiring two weeks ahead at 23:59', () => {
    const preview = previewReminders(DEFAULT_SETTINGS, NOW, ROME);
    // Fri 4 Dec 23:59 Rome.
    expect(preview.expiresAt.toISOString()).toBe('2026-12-04T22:59:00.000Z');
    expect(preview.reminders).toEqual([
      { kind: 'beforeExpiry', at: new Date('2026-11-27T08:00:00.000Z') },
      { kind: 'beforeExpiry', at: new Date('2026-12-01T08:00:00.000Z') },
      { kind: 'beforeExpiry', at: new Date('2026-12-03T08:00:00.000Z') },
      { kind: 'atExpiry', at: new Date('2026-12-04T22:59:00.000Z') },
    ]);
    expect(preview.firstAfterExpiry).toBeUndefined();
  });

  it('moves reminders out of quiet hours, as the scheduler does', () => {
    const settings = { ...DEFAULT_SETTINGS, reminderLeadTimes: ['atExpiry' as const], quietHours: { enabled: true, start: '22:00', end: '08:00' } };
    // 23:59 is quiet: the "at expiry" reminder waits until 08:00 the next morning.
    expect(previewReminders(settings, NOW, ROME).reminders).toEqual([{ kind: 'atExpiry', at: new Date('2026-12-05T07:00:00.000Z') }]);
  });

  it('looks far enough ahead for the earliest reminder, and adds the daily ones when asked', () => {
    const settings = { ...DEFAULT_SETTINGS, reminderLeadTimes: [{ daysBefore: 30 }], afterExpiryReminders: true, reminderTime: '18:30' };
    const preview = previewReminders(settings, NOW, ROME);
    expect(preview.reminders).toHaveLength(1);
    expect(preview.reminders[0]!.at.getTime()).toBeGreaterThan(NOW.getTime());
    expect(preview.firstAfterExpiry?.toISOString()).toBe('2026-12-28T17:30:00.000Z');
  });

  it('has nothing to tell when every reminder is removed', () => {
    expect(previewReminders({ ...DEFAULT_SETTINGS, reminderLeadTimes: [] }, NOW, ROME).reminders).toEqual([]);
  });
});
