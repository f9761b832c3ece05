import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import az from '../../public/_locales/az/messages.json';
import { catalogSource } from './catalog-source';
import type { MessageCatalog } from './format-message';
import { createI18n, FALLBACK_LOCALE } from './i18n';

const catalogs: Record<string, MessageCatalog> = { en, it: it_, zh_CN: zhCN, az };
const i18nFor = (language: string) => createI18n(catalogSource(catalogs[language]!));

describe('createI18n', () => {
  it.each([
    ['en', 'en-GB', 'en-GB'],
    ['it', 'it', 'it'],
    ['zh_CN', 'zh-CN', 'zh-CN'],
    ['az', 'az', 'az'],
  ])('takes the locale of %s from its catalogue', (language, locale, dateLocaleCode) => {
    const i18n = i18nFor(language);
    expect(i18n.locale).toBe(locale);
    expect(i18n.dateLocale.code).toBe(dateLocaleCode);
  });

  it.each<[string, number, string]>([
    ['en', 0, '0 plans'],
    ['en', 1, '1 plan'],
    ['en', 2, '2 plans'],
    ['en', 1500, '1,500 plans'],
    ['it', 1, '1 piano'],
    ['it', 3, '3 piani'],
    // CLDR gives Italian a "many" form for millions; without a _many message we fall back.
    ['it', 1_000_000, '1.000.000 piani'],
    ['zh_CN', 1, '1 个套餐'],
    ['zh_CN', 5, '5 个套餐'],
    ['az', 1, '1 paket'],
    ['az', 4, '4 paket'],
  ])('chooses the plural form for %s, count %d', (language, count, expected) => {
    expect(i18nFor(language).plural('planCount', count)).toBe(expected);
  });

  it('fills substitutions', () => {
    expect(i18nFor('en').t('planExpiresOn', '2 Dec 2026')).toBe('Expires 2 Dec 2026');
    expect(i18nFor('it').t('planExpiresOn', '2 dic 2026')).toBe('Scade il 2 dic 2026');
  });

  it('shows the name of a message that does not exist instead of a blank', () => {
    expect(i18nFor('en').t('noSuchMessage')).toBe('noSuchMessage');
    expect(i18nFor('en').plural('noSuchCount', 2)).toBe('noSuchCount_other');
  });

  it('falls back to British English when the catalogue names no usable locale', () => {
    expect(createI18n(() => '').locale).toBe(FALLBACK_LOCALE);
    expect(createI18n((name) => (name === 'locale' ? 'not a locale!' : '')).locale).toBe(FALLBACK_LOCALE);
  });

  it.each([
    ['en', '2 Dec 2026'],
    ['it', '2 dic 2026'],
    ['zh_CN', '2026年12月2日'],
    ['az', '2 dek 2026'],
  ])('formats dates for %s', (language, expected) => {
    expect(i18nFor(language).formatDate(new Date('2026-12-02T12:00:00Z'))).toBe(expected);
  });

  it('formats a date in another zone when asked', () => {
    const lateInRome = new Date('2026-12-02T22:59:00Z'); // 23:59 in Rome, 02:59 next day in Baku
    const options = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } as const;
    expect(i18nFor('en').formatDate(lateInRome, { ...options, timeZone: 'Europe/Rome' })).toBe('2 Dec, 23:59');
    expect(i18nFor('en').formatDate(lateInRome, { ...options, timeZone: 'Asia/Baku' })).toBe('3 Dec, 02:59');
  });

  it('formats numbers for the locale', () => {
    expect(i18nFor('it').formatNumber(1234.5)).toBe('1234,5');
    expect(i18nFor('en').formatNumber(1234.5)).toBe('1,234.5');
    expect(i18nFor('it').formatNumber(10, { style: 'currency', currency: 'EUR' })).toBe('10,00\u00a0€');
  });
});
