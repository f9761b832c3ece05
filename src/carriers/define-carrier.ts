import { z } from '../schema/z';

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

export const carrierSchema = z.strictObject({
  /** Stable id, equal to the file name; used in backups, so it never changes. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'carrier ids are kebab-case'),
  /** The name a traveller knows the carrier by. */
  name: z.string().min(1),
  /** ISO 3166-1 alpha-2 country the carrier serves. */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** IANA time zone in which the carrier states expiry dates. */
  timeZone: z.string().min(1),
  /** Where a person renews or tops up the plan. */
  renewalUrl: z.url({ protocol: /^https$/ }),
  /** Pages on which the carrier content script runs. Empty: we never run on its site. */
  matches: z.array(carrierMatchPattern),
  /**
   * Whether the facts above were checked against the carrier's live site. Fixtures in
   * tests/fixtures are written to resemble the sites, not copied from them.
   */
  verified: z.boolean(),
});

export type Carrier = z.infer<typeof carrierSchema>;

/** Declares one carrier; throws at build time if the data is malformed. */
export function defineCarrier(carrier: Carrier): Carrier {
  return carrierSchema.parse(carrier);
}
