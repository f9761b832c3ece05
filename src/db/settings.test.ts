import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { KeeperDatabase, SETTINGS_KEY } from './database';
import { readSettings, turnFillPromptOff } from './settings';

const freshDb = () => new KeeperDatabase(`settings-test-${Math.random()}`);

describe('readSettings', () => {
  it('gives the defaults when nothing was saved, or what was saved no longer parses', async () => {
    const db = freshDb();
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    await db.settings.put({ key: SETTINGS_KEY, value: { reminderTime: 'noon' } as never });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('turnFillPromptOff (the prompt’s “Don’t offer on this site”)', () => {
  it('adds the carrier once, keeps the other settings, and says when it changed something', async () => {
    const db = freshDb();
    await db.settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, reminderTime: '20:00', fillPromptOff: ['iliad'] } });
    expect(await turnFillPromptOff(db, 'tim')).toBe(true);
    expect(await turnFillPromptOff(db, 'tim')).toBe(false);
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, reminderTime: '20:00', fillPromptOff: ['iliad', 'tim'] });
    expect(await db.settings.count()).toBe(1);
  });

  it('starts from the defaults when nothing was ever saved', async () => {
    const db = freshDb();
    expect(await turnFillPromptOff(db, 'azercell')).toBe(true);
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, fillPromptOff: ['azercell'] });
  });

  it('leaves stored settings that no longer parse as they are, rather than resetting them', async () => {
    const db = freshDb();
    const damaged = { reminderTime: 'noon', leadTimes: 'often' };
    await db.settings.put({ key: SETTINGS_KEY, value: damaged as never });
    expect(await turnFillPromptOff(db, 'tim')).toBe(false);
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(damaged);
  });

  it('loses neither carrier when two prompts are closed at once', async () => {
    const db = freshDb();
    expect(await Promise.all([turnFillPromptOff(db, 'tim'), turnFillPromptOff(db, 'iliad')])).toEqual([true, true]);
    expect((await readSettings(db)).fillPromptOff.sort()).toEqual(['iliad', 'tim']);
  });
});
