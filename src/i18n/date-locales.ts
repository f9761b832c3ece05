import type { Locale } from 'date-fns';
import { az } from 'date-fns/locale/az';
import { enGB } from 'date-fns/locale/en-GB';
import { it } from 'date-fns/locale/it';
import { zhCN } from 'date-fns/locale/zh-CN';

/**
 * The date-fns locale for each `locale` message our `_locales` carry. Only these four are
 * imported, so the bundles stay small; a new language adds one line here.
 */
const dateLocales: Record<string, Locale> = {
  'en-GB': enGB,
  it,
  'zh-CN': zhCN,
  az,
};

export function dateLocaleFor(locale: string): Locale {
  return dateLocales[locale] ?? enGB;
}
