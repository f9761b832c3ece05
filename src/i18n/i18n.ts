import type { Locale } from 'date-fns';
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
   * A date (and time, if asked) in the locale, by default "2 Dec 2026" / "2 dic 2026" /
   * "2026年12月2日". Pass `timeZone` to show it in a carrier's zone.
   */
  formatDate(value: Date, options?: Intl.DateTimeFormatOptions): string;
}

const DEFAULT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

export const FALLBACK_LOCALE = 'en-GB';

export function createI18n(getMessage: MessageSource): I18n {
  const locale = supportedLocale(getMessage('locale'));
  const pluralRules = new Intl.PluralRules(locale);
  const numberFormat = new Intl.NumberFormat(locale);

  const t = (name: string, ...substitutions: (string | number)[]): string => {
    const text = getMessage(name, substitutions.map(String));
    // A missing message shows its name rather than a blank: visible, and caught by the
    // catalogue tests long before a person sees it.
    return text === '' ? name : text;
  };

  return {
    locale,
    dateLocale: dateLocaleFor(locale),
    t,
    plural(name, count, ...substitutions) {
      const category = pluralRules.select(count);
      const formattedCount = numberFormat.format(count);
      const specific = getMessage(`${name}_${category}`, [formattedCount, ...substitutions.map(String)]);
      if (specific !== '') return specific;
      return t(`${name}_other`, formattedCount, ...substitutions);
    },
    formatNumber(value, options) {
      return options ? new Intl.NumberFormat(locale, options).format(value) : numberFormat.format(value);
    },
    formatDate(value, options = DEFAULT_DATE) {
      return new Intl.DateTimeFormat(locale, options).format(value);
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
