import { tzOffset } from '@date-fns/tz';
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

/**
 * The carrier's local time of an instant, when the carrier's clock reads differently from
 * the person's then (`undefined` when both zones have the same offset): the "23:59" and
 * "Rome" of "02:59 (23:59 Rome time)". `city` is undefined for UTC-like zones. Shared by
 * the notifications and the popup's rows, which wrap it in their own sentences.
 */
export function carrierClock(
  instant: Date,
  carrierTimeZone: string,
  userTimeZone: string,
  i18n: Pick<I18n, 't' | 'formatDate'>,
): { time: string; city: string | undefined } | undefined {
  if (tzOffset(carrierTimeZone, instant) === tzOffset(userTimeZone, instant)) return undefined;
  return { time: i18n.formatDate(instant, 'time', carrierTimeZone), city: zoneCity(carrierTimeZone, i18n) };
}
