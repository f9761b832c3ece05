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
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Rome'),
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

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

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
