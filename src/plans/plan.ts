import { z } from '../schema/z';

/**
 * A plan the traveller keeps: one SIM or eSIM and when it runs out.
 *
 * This is the foundation's first cut — just what the glance and the test hooks need.
 * The plans issue (#3) grows it into the full record (number, ICCID, period, price…);
 * this schema stays the single source of the `Plan` type.
 */
export const planSchema = z.strictObject({
  /** Stable id, unique per plan. */
  id: z.string().min(1).max(64),
  /** The person's own name for it: "Rome eSIM", "Mum's TIM number". */
  label: z.string().trim().min(1).max(80),
  /** Registry carrier id (src/carriers), or `custom`. */
  carrierId: z.string().min(1).max(64),
  /** The instant the plan runs out, ISO 8601 in UTC (`2026-12-02T22:59:00.000Z`). */
  expiresAt: z.iso.datetime(),
  /** Hidden from the glance; kept for history. */
  archived: z.boolean().default(false),
});

export type Plan = z.infer<typeof planSchema>;
