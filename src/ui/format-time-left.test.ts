import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { catalogSource } from '../i18n/catalog-source';
import { createI18n } from '../i18n/i18n';
import { timeLeftText } from './format-time-left';

const english = createI18n(catalogSource(en));
const rome = (expiresAt: string) => ({ expiresAt, timeZone: 'Europe/Rome' });

describe('timeLeftText', () => {
  it.each([
    ['days and hours', '2026-12-05T17:00:00.000Z', '2026-12-02T12:00:00.000Z', '3 days 5 h'],
    ['one day and hours', '2026-12-04T17:00:00.000Z', '2026-12-02T12:00:00.000Z', '2 days 5 h'],
    ['whole days', '2026-12-05T12:00:00.000Z', '2026-12-02T12:00:00.000Z', '3 days'],
    ['later today', '2026-12-02T22:59:00.000Z', '2026-12-02T08:00:00.000Z', 'Expires today at 23:59'],
    ['tomorrow', '2026-12-03T08:00:00.000Z', '2026-12-02T20:00:00.000Z', 'Expires tomorrow at 09:00'],
    ['at the expiry instant', '2026-12-02T12:00:00.000Z', '2026-12-02T12:00:00.000Z', 'Expired today'],
    ['earlier today', '2026-12-02T08:00:00.000Z', '2026-12-02T12:00:00.000Z', 'Expired today'],
    ['yesterday', '2026-12-01T22:00:00.000Z', '2026-12-02T08:00:00.000Z', 'Expired 1 day ago'],
    ['days ago', '2026-11-30T12:00:00.000Z', '2026-12-02T08:00:00.000Z', 'Expired 2 days ago'],
  ])('%s (same zone as the carrier)', (_case, expiresAt, now, text) => {
    expect(timeLeftText(rome(expiresAt), new Date(now), english, 'Europe/Rome')).toBe(text);
  });

  it('counts days as dates in the person’s zone, not 24-hour spans', () => {
    // 23:30 → 00:30 the next day: one hour left, but the date is tomorrow.
    expect(timeLeftText(rome('2026-12-02T23:30:00.000Z'), new Date('2026-12-02T22:30:00.000Z'), english, 'Europe/Rome')).toBe(
      'Expires tomorrow at 00:30',
    );
  });

  it('gives hours and minutes when under a day is left yet the end is two dates away (DST)', () => {
    // Rome springs forward on 29 Mar 2026: 28 Mar 23:30 → 30 Mar 00:10 is 23 h 40 min.
    expect(timeLeftText(rome('2026-03-29T22:10:00.000Z'), new Date('2026-03-28T22:30:00.000Z'), english, 'Europe/Rome')).toBe(
      '23 h 40 min',
    );
  });

  it('adds the carrier’s local time when its clock differs from the person’s', () => {
    const plan = rome('2026-12-02T22:59:00.000Z');
    expect(timeLeftText(plan, new Date('2026-12-02T08:00:00.000Z'), english, 'Europe/London')).toBe(
      'Expires today at 22:59 (23:59 Rome time)',
    );
    expect(timeLeftText(plan, new Date('2026-12-02T08:00:00.000Z'), english, 'Asia/Baku')).toBe(
      'Expires tomorrow at 02:59 (23:59 Rome time)',
    );
  });

  it('names UTC when the carrier’s zone has no city', () => {
    const plan = { expiresAt: '2026-12-02T21:59:00.000Z', timeZone: 'UTC' };
    expect(timeLeftText(plan, new Date('2026-12-02T08:00:00.000Z'), english, 'Europe/Rome')).toBe('Expires today at 22:59 (21:59 UTC)');
  });

  it('leaves the zone out of a day count', () => {
    expect(timeLeftText(rome('2026-12-05T17:00:00.000Z'), new Date('2026-12-02T12:00:00.000Z'), english, 'Asia/Baku')).toBe('3 days 5 h');
  });

  it('speaks the reader’s language, plurals included', () => {
    const italian = createI18n(catalogSource(it_));
    const chinese = createI18n(catalogSource(zhCN));
    const now = new Date('2026-12-02T12:00:00.000Z');
    expect(timeLeftText(rome('2026-12-03T12:00:00.000Z'), now, italian, 'Europe/Rome')).toBe('Scade domani alle 13:00');
    expect(timeLeftText(rome('2026-12-04T12:00:00.000Z'), now, italian, 'Europe/Rome')).toBe('2 giorni');
    expect(timeLeftText(rome('2026-11-29T12:00:00.000Z'), now, italian, 'Europe/Rome')).toBe('Scaduto da 3 giorni');
    expect(timeLeftText(rome('2026-12-02T18:00:00.000Z'), now, chinese, 'Asia/Shanghai')).toBe('明天 02:00 到期（罗马时间 19:00）');
  });
});
