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

  // 23:59 on Wednesday 2 December in Rome is 02:59 on Thursday 3 December in Baku.
  const lateInRome = new Date('2026-12-02T22:59:00Z');

  it.each([
    ['en', '2 Dec 2026', 'Wed 2 Dec, 23:59', 'Thu 3 Dec, 02:59'],
    ['it', '2 dic 2026', 'mer 2 dic, 23:59', 'gio 3 dic, 02:59'],
    ['zh_CN', '2026年12月2日', '12月2日 周三 23:59', '12月3日 周四 02:59'],
    ['az', '2 Dek 2026', 'Çər, 2 Dek, 23:59', 'Cüm.a, 3 Dek, 02:59'],
  ])('formats dates for %s in the carrier’s zone or another', (language, date, rome, baku) => {
    const i18n = i18nFor(language);
    expect(i18n.formatDate(lateInRome, 'date', 'Europe/Rome')).toBe(date);
    expect(i18n.formatDate(lateInRome, 'weekdayDateTime', 'Europe/Rome')).toBe(rome);
    expect(i18n.formatDate(lateInRome, 'weekdayDateTime', 'Asia/Baku')).toBe(baku);
    expect(i18n.formatDate(lateInRome, 'time', 'Asia/Shanghai')).toBe('06:59');
  });

  it('keeps the wall-clock time across a DST change in the zone', () => {
    const en = i18nFor('en');
    // Rome leaves summer time on 25 October 2026: noon UTC is 14:00 before, 13:00 after.
    expect(en.formatDate(new Date('2026-10-24T12:00:00Z'), 'time', 'Europe/Rome')).toBe('14:00');
    expect(en.formatDate(new Date('2026-10-26T12:00:00Z'), 'time', 'Europe/Rome')).toBe('13:00');
  });

  it('formats numbers for the locale', () => {
    expect(i18nFor('it').formatNumber(1234.5)).toBe('1234,5');
    expect(i18nFor('en').formatNumber(1234.5)).toBe('1,234.5');
    expect(i18nFor('it').formatNumber(10, { style: 'currency', currency: 'EUR' })).toBe('10,00\u00a0€');
  });
});
