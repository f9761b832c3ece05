import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import { catalogSource } from './catalog-source';
import { createI18n } from './i18n';
import { zoneCity } from './zone-city';

describe('zoneCity', () => {
  it.each([
    ['Europe/Rome', 'Rome'],
    ['Asia/Baku', 'Baku'],
    ['America/New_York', 'New York'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['UTC', undefined],
    ['Etc/GMT+2', undefined],
  ])('%s → %s', (zone, city) => {
    expect(zoneCity(zone, createI18n(catalogSource(en)))).toBe(city);
  });

  it('names the carriers’ own zones in the reader’s language', () => {
    expect(zoneCity('Europe/Rome', createI18n(catalogSource(it_)))).toBe('Roma');
  });
});
