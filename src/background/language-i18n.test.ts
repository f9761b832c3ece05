import { describe, expect, it, vi } from 'vitest';
import { catalogSource } from '../i18n/catalog-source';
import { createI18n } from '../i18n/i18n';
import type { LanguageChoice } from '../i18n/languages';
import { languageI18n } from './language-i18n';

const messagesIn = (language: LanguageChoice) => createI18n(catalogSource({ locale: { message: language === 'it' ? 'it' : 'en-GB' } }));

describe('languageI18n', () => {
  it('loads each language once and answers from memory after that', async () => {
    const load = vi.fn(async (language: LanguageChoice) => messagesIn(language));
    const i18nFor = languageI18n(load);
    const first = await i18nFor('it');
    expect(first.locale).toBe('it');
    expect(await i18nFor('it')).toBe(first);
    expect((await i18nFor('browser')).locale).toBe('en-GB');
    expect(load.mock.calls).toEqual([['it'], ['browser']]);
  });

  it('tries a failed language again next time', async () => {
    const load = vi.fn<(language: LanguageChoice) => Promise<ReturnType<typeof messagesIn>>>()
      .mockRejectedValueOnce(new Error('catalogue unreadable'))
      .mockImplementation(async (language) => messagesIn(language));
    const i18nFor = languageI18n(load);
    await expect(i18nFor('it')).rejects.toThrow('catalogue unreadable');
    expect((await i18nFor('it')).locale).toBe('it');
  });
});
