import { z } from '../schema/z';
import { instantSchema, moneySchema } from './primitives';

/** One renewal or top-up of a plan, kept as history (and for totals per year). */
export const renewalSchema = z
  .strictObject({
    id: z.string({ error: 'id.format' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'id.format' }),
    /** The plan renewed. */
    planId: z.string({ error: 'id.format' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'id.format' }),
    /** When the person renewed (or the carrier did, for `auto`). */
    renewedAt: instantSchema,
    /** The expiry before this renewal. */
    previousExpiresAt: instantSchema,
    /** The expiry it gave. */
    newExpiresAt: instantSchema,
    /** What was paid. */
    amount: moneySchema.optional(),
    /** Where it was paid. */
    channel: z.enum(['website', 'app', 'store', 'auto'], { error: 'channel.unknown' }),
    /** Order number, receipt note: whatever helps find the payment later. */
    reference: z.string({ error: 'text.format' }).trim().max(500, { error: 'text.tooLong' }).optional(),
  })
  .superRefine((renewal, context) => {
    if (renewal.newExpiresAt <= renewal.previousExpiresAt) {
      context.addIssue({ code: 'custom', path: ['newExpiresAt'], message: 'renewal.notLater' });
    }
  });

export type Renewal = z.output<typeof renewalSchema>;
