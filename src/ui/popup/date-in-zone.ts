import type { I18n } from '../../i18n/i18n';
import { zoneCity } from '../../i18n/zone-city';
import { toEpochMs } from '../../plans/expiry-input';

/**
 * An instant as the carrier states it, with the zone said: "Sat 2 Jan, 13:00 (Rome time)".
 * A renewal's new expiry is the carrier's, so it reads in the carrier's clock.
 */
export function dateInZone(instant: string, timeZone: string, i18n: Pick<I18n, 't' | 'formatDate'>): string {
  const date = i18n.formatDate(new Date(toEpochMs(instant)), 'weekdayDateTime', timeZone);
  return i18n.t('popupDateInZone', date, zoneCity(timeZone, i18n) ?? timeZone);
}
