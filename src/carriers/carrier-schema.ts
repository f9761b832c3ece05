import { countryCodeSchema, currencyCodeSchema, httpsUrlSchema, periodSchema, timeZoneSchema } from '../plans/primitives';
import { FILLABLE_KINDS } from '../autofill/field-kind';
import { z } from '../schema/z';

/**
 * Where a fact about a carrier comes from: the page it was read on, or `unverified`
 * (from memory, a forum, the product brief — not yet checked against the carrier's own
 * site). Carrier facts change; the source tells the next engineer where to re-check.
 */
export const sourceSchema = z.union([httpsUrlSchema, z.literal('unverified')]);

/**
 * A match pattern for one carrier host, e.g. `https://www.tim.it/*` or
 * `https://*.tim.it/*`. Only https, only a named domain: never `<all_urls>` or `*://*\/*`.
 */
const carrierMatchPattern = z
  .string()
  .regex(
    /^https:\/\/(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}\/\*$/,
    'a carrier match pattern looks like https://www.example.it/* or https://*.example.it/*',
  );

/** How to reach the carrier: any of a phone number (E.164 or short code), a page, an e-mail. */
const contactSchema = z.strictObject({
  phone: z.string().regex(/^\+?[0-9 ]{3,20}$/).optional(),
  /** Short note for the phone number: "from a TIM line", "from abroad". */
  phoneNote: z.string().max(120).optional(),
  url: httpsUrlSchema.optional(),
  email: z.email().optional(),
  /** Anything else a person needs: "in a TIM shop with an ID document". */
  note: z.string().max(160).optional(),
  source: sourceSchema,
});

/**
 * How long a prepaid line lives without a top-up before the number is suspended or lost:
 * - `monthsAfterLastTopUp`: Italian carriers commonly keep a line about 12 months after
 *   the last top-up;
 * - `daysAfterValidity`: Azercell keeps it for the top-up's validity plus 180 days.
 */
const dormancySchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('monthsAfterLastTopUp'), months: z.int().min(1).max(60), source: sourceSchema }),
  z.strictObject({ rule: z.literal('daysAfterValidity'), days: z.int().min(1).max(3650), source: sourceSchema }),
]);

/**
 * Validity bought by a top-up amount (Azercell since July 2024: 1 AZN → 5 days …).
 * Data that changes, so kept as data, with the date it took effect.
 */
const validityByAmountSchema = z.strictObject({
  /** The date this table took effect, YYYY-MM-DD. */
  since: z.iso.date(),
  /** Amount in the carrier's currency → days of validity, ascending by amount. */
  table: z
    .array(z.strictObject({ amount: z.number().positive(), days: z.int().positive() }))
    .min(1)
    .refine((rows) => rows.every((row, index) => index === 0 || row.amount > rows[index - 1]!.amount), 'amounts ascend'),
  source: sourceSchema,
});

/**
 * How to fill the carrier's web top-up form (the autofill issue). `false` for carriers and
 * sellers without one (eSIM sellers top up inside an account): they get no content-script
 * matches and no host access.
 */
const autofillSchema = z.union([
  z.literal(false),
  z.strictObject({
    /** Pages with the top-up form; the first is where "Renew" leads when the plan has no page of its own. */
    topUpUrls: z.array(httpsUrlSchema).min(1),
    /** How the carrier's numbers are written at home. */
    phone: z.strictObject({
      /** Digits of the country code, without `+`: `39`, `994`. */
      countryCode: z.string().regex(/^[1-9]\d{0,2}$/),
      /** Digits of a mobile number after the country code: 10 in Italy (333 1234567), 9 in Azerbaijan. */
      nationalDigits: z.int().min(4).max(14),
      /** Dialled before the national number at home: `0` in Azerbaijan (050…), none in Italy. */
      trunkPrefix: z.string().regex(/^\d?$/),
      /** Operator prefixes a form may offer in a select of its own, as written there: `050`, `055`. */
      splitPrefixes: z.array(z.string().regex(/^\d{2,4}$/)).min(1).optional(),
    }),
    /** The amounts the form offers, in the carrier's currency, ascending. */
    amounts: z
      .array(z.number().positive())
      .min(1)
      .refine((amounts) => amounts.every((amount, index) => index === 0 || amount > amounts[index - 1]!), 'amounts ascend'),
    /**
     * Explicit CSS selectors per field kind, tried in order; the first that matches one
     * visible control wins over the classifier. Only for forms the generic hints misread.
     */
    selectors: z.partialRecord(z.enum(FILLABLE_KINDS), z.array(z.string().min(1)).min(1)).optional(),
    /** Where the form facts were read: `unverified` until checked on the live site. */
    source: sourceSchema,
  }),
]);

export const carrierSchema = z
  .strictObject({
    /** Stable id, equal to the file name; used in backups, so it never changes. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'carrier ids are kebab-case'),
    /** The name a traveller knows the carrier by. */
    name: z.string().min(1),
    /** `carrier`: a mobile network with lines and numbers; `esim-seller`: sells data eSIMs for many countries. */
    kind: z.enum(['carrier', 'esim-seller']),
    /** Country the carrier serves (carriers). */
    country: countryCodeSchema.optional(),
    /** Where a seller's eSIMs work: `global`, or the countries (sellers). */
    coverage: z.union([z.literal('global'), z.array(countryCodeSchema).min(1)]).optional(),
    /** IANA time zone in which the carrier states expiry dates. */
    timeZone: timeZoneSchema,
    /** The usual length of one plan or top-up validity. */
    period: periodSchema,
    /** Currency of its prices and top-ups, ISO 4217. */
    currency: currencyCodeSchema,
    /** Where a person renews or tops up the plan. */
    renewalUrl: httpsUrlSchema,
    /** Customer support. */
    support: contactSchema,
    /** How to get a replacement SIM / eSIM (lost phone, new phone). */
    simReplacement: contactSchema,
    /**
     * Validity bought per top-up amount, where the carrier has such a table: every table it
     * has published, oldest first, so a renewal uses the one in effect on its date.
     */
    validityByAmount: z
      .array(validityByAmountSchema)
      .min(1)
      .refine((tables) => tables.every((table, index) => index === 0 || table.since > tables[index - 1]!.since), 'tables in date order')
      .optional(),
    /** How long the number survives without top-ups; absent for data-only sellers. */
    dormancy: dormancySchema.optional(),
    /** Sources for `renewalUrl` and `period` (the objects above carry their own). */
    sources: z.strictObject({ renewalUrl: sourceSchema, period: sourceSchema }),
    /** Pages on which the carrier content script runs. Empty: we never run on its site. */
    matches: z.array(carrierMatchPattern),
    autofill: autofillSchema,
  })
  .superRefine((carrier, context) => {
    if (carrier.kind === 'carrier' && carrier.country === undefined) {
      context.addIssue({ code: 'custom', path: ['country'], message: 'a carrier names its country' });
    }
    if (carrier.kind === 'esim-seller' && carrier.coverage === undefined) {
      context.addIssue({ code: 'custom', path: ['coverage'], message: 'a seller names its coverage' });
    }
    if (carrier.autofill === false && carrier.matches.length > 0) {
      context.addIssue({ code: 'custom', path: ['matches'], message: 'a carrier without a fill form gets no content-script matches' });
    }
    if (carrier.autofill !== false && carrier.matches.length === 0) {
      context.addIssue({ code: 'custom', path: ['matches'], message: 'a carrier with a fill form names the hosts it is on' });
    }
  });

export type Carrier = z.infer<typeof carrierSchema>;
export type CarrierInput = z.input<typeof carrierSchema>;

/**
 * Checks a whole registry: each carrier against the schema, ids unique. Throws with every
 * problem named, so a bad carrier file stops the build with a message that says why.
 */
export function assertValidRegistry(registry: readonly unknown[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  registry.forEach((entry, index) => {
    const result = carrierSchema.safeParse(entry);
    const claimedId = (entry as { id?: unknown } | null)?.id;
    const id = typeof claimedId === 'string' ? claimedId : `#${index}`;
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`carrier ${id}: ${issue.path.join('.')}: ${issue.message}`);
    } else if (seen.has(id)) {
      problems.push(`carrier ${id}: the id is used twice`);
    }
    seen.add(id);
  });
  if (problems.length > 0) throw new Error(`Invalid carrier registry:\n${problems.join('\n')}`);
}
