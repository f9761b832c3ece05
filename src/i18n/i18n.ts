import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { dateLocaleFor } from './date-locales';

/** Anything that turns a message name into text: `browser.i18n` or a loaded catalogue. */
export type MessageSource = (name: string, substitutions?: string[]) => string;

export interface I18n {
  /**
   * BCP 47 locale for `Intl` and date-fns, taken from the catalogue's own `locale`
   * message. Chromium's `--lang` switches `getMessage` but not `Intl`'s default, so we
   * never ask `Intl` which language the person reads.
   */
  readonly locale: string;
  readonly dateLocale: Locale;
  /** The message `name`, with `$1`… filled from `substitutions`. */
  t(name: string, ...substitutions: (string | number)[]): string;
  /**
   * A message chosen by count: `name_one`, `name_few`, `name_many`… by
   * `Intl.PluralRules`, falling back to `name_other`. `$1` is the count, formatted for
   * the locale; further substitutions follow as `$2`….
   */
  plural(name: string, count: number, ...substitutions: (string | number)[]): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /**
   * An instant as the reader writes dates, in `timeZone` (default: the device's):
   * `date` "2 Dec 2026", `weekdayDateTime` "Tue 2 Dec, 02:59", `time` "23:59".
   *
   * Dates go through date-fns with the catalogue's own patterns, not `Intl`: Chromium
   * ships a reduced ICU without Azerbaijani dates (it prints "2026 M12 2"), and the
   * pattern is the translator's to choose.
   */
  formatDate(value: Date, style?: DateStyle, timeZone?: string): string;
}

export type DateStyle = 'date' | 'weekdayDateTime' | 'time';

/**
 * Messages that configure formatting rather than show text: the locale and the
 * date-fns patterns per `DateStyle` (with the pattern used if a catalogue lacks one).
 */
export const FORMAT_MESSAGES = {
  locale: 'en-GB',
  formatDate: 'd MMM yyyy',
  formatWeekdayDateTime: 'EEE d MMM, HH:mm',
  formatTime: 'HH:mm',
} as const;

export const FALLBACK_LOCALE = FORMAT_MESSAGES.locale;

export function createI18n(getMessage: MessageSource): I18n {
  const locale = supportedLocale(getMessage('locale'));
  const pluralRules = new Intl.PluralRules(locale);
  const numberFormat = new Intl.NumberFormat(locale);
  // Building an Intl.NumberFormat costs far more than using one; a popup row formats a
  // few numbers each, so keep one formatter per set of options.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormatFor = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let formatter = numberFormats.get(key);
    if (!formatter) numberFormats.set(key, (formatter = new Intl.NumberFormat(locale, options)));
    return formatter;
  };
  const dateLocale = dateLocaleFor(locale);
  const pattern = (name: string, fallback: string) => {
    const text = getMessage(name);
    return text === '' ? fallback : text;
  };
  const datePatterns: Record<DateStyle, string> = {
    date: pattern('formatDate', FORMAT_MESSAGES.formatDate),
    weekdayDateTime: pattern('formatWeekdayDateTime', FORMAT_MESSAGES.formatWeekdayDateTime),
    time: pattern('formatTime', FORMAT_MESSAGES.formatTime),
  };

  const t = (name: string, ...substitutions: (string | number)[]): string => {
    const text = getMessage(name, substitutions.map(String));
    // A missing message shows its name rather than a blank: visible, and caught by the
    // catalogue tests long before a person sees it.
    return text === '' ? name : text;
  };

  return {
    locale,
    dateLocale,
    t,
    plural(name, count, ...substitutions) {
      const category = pluralRules.select(count);
      const formattedCount = numberFormat.format(count);
      const specific = getMessage(`${name}_${category}`, [formattedCount, ...substitutions.map(String)]);
      if (specific !== '') return specific;
      return t(`${name}_other`, formattedCount, ...substitutions);
    },
    formatNumber(value, options) {
      return (options ? numberFormatFor(options) : numberFormat).format(value);
    },
    formatDate(value, style = 'date', timeZone) {
      const zoned = timeZone ? new TZDate(value, timeZone) : value;
      return format(zoned, datePatterns[style], { locale: dateLocale });
    },
  };
}

function supportedLocale(candidate: string): string {
  if (candidate === '') return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}
