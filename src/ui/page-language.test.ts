// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { keeperDatabase, SETTINGS_KEY } from '../db/database';
import type { Settings } from '../plans/settings';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { storedLanguage } from './live-language';
import { rememberedLanguage, rememberLanguage, REMEMBERED_LANGUAGE_KEY } from './page-language';

describe('the remembered language', () => {
  afterEach(() => localStorage.clear());

  it('is the browser’s until a language is chosen, and forgets itself for "browser"', () => {
    expect(rememberedLanguage()).toBe('browser');
    rememberLanguage('zh_CN');
    expect(rememberedLanguage()).toBe('zh_CN');
    rememberLanguage('browser');
    expect(localStorage.getItem(REMEMBERED_LANGUAGE_KEY)).toBeNull();
  });

  it('ignores anything that is not a language we ship', () => {
    localStorage.setItem(REMEMBERED_LANGUAGE_KEY, 'fr');
    expect(rememberedLanguage()).toBe('browser');
  });

  it('works without storage at all', () => {
    expect(rememberedLanguage(undefined)).toBe('browser');
    expect(() => rememberLanguage('it', undefined)).not.toThrow();
  });
});

describe('storedLanguage', () => {
  afterEach(() => keeperDatabase().settings.clear());

  it('reads settings.language, and "browser" when there is none or it is not ours', async () => {
    expect(await storedLanguage(keeperDatabase())).toBe('browser');
    await keeperDatabase().settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, language: 'az' } });
    expect(await storedLanguage(keeperDatabase())).toBe('az');
    await keeperDatabase().settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, language: 'xx' } as unknown as Settings });
    expect(await storedLanguage(keeperDatabase())).toBe('browser');
  });
});
