import type { I18n } from './i18n';

/**
 * The city a zone is named after, in the reader's language for the carriers' own zones,
 * else from the zone id (America/New_York → New York). `undefined` for UTC and the
 * `Etc/` zones, which have no city. Shared by the notifications and the popup's rows,
 * so "23:59 Rome time" reads the same in both.
 */
export function zoneCity(timeZone: string, i18n: Pick<I18n, 't'>): string | undefined {
  switch (timeZone) {
    case 'Europe/Rome':
      return i18n.t('zoneCityRome');
    case 'Asia/Baku':
      return i18n.t('zoneCityBaku');
  }
  if (!timeZone.includes('/') || timeZone.startsWith('Etc/')) return undefined;
  return timeZone.slice(timeZone.lastIndexOf('/') + 1).replaceAll('_', ' ');
}
