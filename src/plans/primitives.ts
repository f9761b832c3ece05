import { z } from '../schema/z';
import { isTimeZone } from './time-zone';

export { isTimeZone } from './time-zone';

/**
 * Small schemas shared by plans, renewals, settings, carriers and backups. Their
 * messages are error codes (`instant.format`), which validation.ts hands to the UI to turn
 * into a sentence in the reader's language.
 */

/**
 * An instant. Accepts ISO 8601 with any offset (`2026-12-02T23:59:00+01:00`) and
 * stores it in UTC (`2026-12-02T22:59:00.000Z`), so stored instants compare as text.
 */
export const instantSchema = z
  .string({ error: 'instant.format' })
  .pipe(z.iso.datetime({ offset: true, error: 'instant.format' }))
  .transform((text) => new Date(text).toISOString());
export type Instant = z.output<typeof instantSchema>;

/** An IANA time zone the runtime knows, e.g. `Europe/Rome`, `Asia/Baku`. */
export const timeZoneSchema = z.string({ error: 'timeZone.unknown' }).refine(isTimeZone, { error: 'timeZone.unknown' });

/** ISO 3166-1 alpha-2, upper case: `IT`, `AZ`. */
export const countryCodeSchema = z.string({ error: 'country.format' }).regex(/^[A-Z]{2}$/, { error: 'country.format' });

/** ISO 4217, upper case: `EUR`, `AZN`, `USD`. */
export const currencyCodeSchema = z
  .string({ error: 'currency.format' })
  .regex(/^[A-Z]{3}$/, { error: 'currency.format' })
  .refine(isCurrency, { error: 'currency.unknown' });

/** A sum of money: a decimal amount (10.5 = ten and a half) and its currency. */
export const moneySchema = z.strictObject({
  amount: z.number({ error: 'amount.format' }).finite({ error: 'amount.format' }).nonnegative({ error: 'amount.negative' }),
  currency: currencyCodeSchema,
});
export type Money = z.infer<typeof moneySchema>;

/** How long a plan runs before it needs renewing: 30 days, 1 month, 4 weeks, 1 year. */
export const periodSchema = z.strictObject({
  unit: z.enum(['day', 'week', 'month', 'year'], { error: 'period.unit' }),
  count: z.int({ error: 'period.count' }).min(1, { error: 'period.count' }).max(1000, { error: 'period.count' }),
});
export type Period = z.infer<typeof periodSchema>;

/** An https address (renewal pages, carrier support pages). */
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'url.https' });

function isCurrency(code: string): boolean {
  // Intl knows every ISO 4217 code; an unknown one comes back as the code itself with
  // no display name of its own.
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' }).of(code);
    return name !== undefined;
  } catch {
    return false;
  }
}
