import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from './settings';
import { validationErrors } from './validation';

describe('settings', () => {
  it('has sensible defaults: 7, 3, 1 days and at expiry, at 09:00, following the browser', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      reminderLeadTimes: [{ daysBefore: 7 }, { daysBefore: 3 }, { daysBefore: 1 }, 'atExpiry'],
      numberKeptLeadDays: [30, 7],
      reminderTime: '09:00',
      quietHours: { enabled: false, start: '22:00', end: '08:00' },
      afterExpiryReminders: false,
      language: 'browser',
      dateFormat: 'locale',
      fillPromptOff: [],
    });
  });

  it('keeps what the person chose', () => {
    const chosen = settingsSchema.parse({ reminderTime: '20:30', language: 'zh_CN', reminderLeadTimes: ['atExpiry'] });
    expect(chosen).toMatchObject({ reminderTime: '20:30', language: 'zh_CN', reminderLeadTimes: ['atExpiry'] });
  });

  it.each([
    [{ reminderTime: '24:00' }, 'reminderTime', 'time.format'],
    [{ language: 'fr' }, 'language', 'language.unknown'],
    [{ reminderLeadTimes: [{ daysBefore: 0 }] }, 'reminderLeadTimes[0].daysBefore', 'leadTime.range'],
    [{ reminderLeadTimes: ['sometimes'] }, 'reminderLeadTimes[0]', 'leadTime.format'],
    [{ lastBackupAt: 'yesterday' }, 'lastBackupAt', 'instant.format'],
  ])('refuses %j', (input, path, code) => {
    const result = settingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(validationErrors(result.error!)).toContainEqual({ path, code });
  });
});
