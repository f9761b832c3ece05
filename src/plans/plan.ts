import { z } from '../schema/z';
import { parseActivationCode } from './activation-code';
import { iccidProblem, normaliseIccid } from './iccid';
import { isE164PhoneNumber } from './phone-number';
import {
  countryCodeSchema,
  httpsUrlSchema,
  instantSchema,
  moneySchema,
  periodSchema,
  timeZoneSchema,
} from './primitives';

/** The carrier id for anything not in the registry; the plan then names it in `carrierName`. */
export const CUSTOM_CARRIER_ID = 'custom';

const text = (max: number) =>
  z.string({ error: 'text.format' }).trim().max(max, { error: 'text.tooLong' });

/**
 * A plan the traveller keeps: one SIM or eSIM, what it gives and when it runs out.
 * This schema is the single source of the `Plan` type, of what the database stores and of
 * the plans in a backup (docs/backup-format.md). Error messages are codes; see
 * validation.ts.
 */
export const planSchema = z
  .strictObject({
    /** Stable id, unique per plan; kept across backups. */
    id: z.string({ error: 'id.format' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'id.format' }),
    /** The person's own name for it: "Rome eSIM", "Mum's TIM number". */
    label: text(80).min(1, { error: 'label.required' }),
    /** Registry carrier id (src/carriers), or `custom`. */
    carrierId: z.string({ error: 'carrier.unknown' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'carrier.unknown' }),
    /** The carrier's name when `carrierId` is `custom`. */
    carrierName: text(80).optional(),
    /** Country of the line, ISO 3166-1 alpha-2. */
    country: countryCodeSchema.optional(),
    /** Countries a regional or global eSIM covers. */
    coverage: z.array(countryCodeSchema).max(250, { error: 'coverage.tooMany' }).optional(),
    /** The line's number in E.164 (`+393331234567`); data-only eSIMs have none. */
    phoneNumber: z.string({ error: 'phone.invalid' }).refine(isE164PhoneNumber, { error: 'phone.invalid' }).optional(),
    /** The SIM's serial number, digits only. */
    iccid: z
      .string({ error: 'iccid.digits' })
      .transform(normaliseIccid)
      .superRefine((value, context) => {
        const problem = iccidProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    /** The carrier's name for the offer: "TIM Weekend", "Europe 10 GB". */
    planName: text(120).optional(),
    /** Data the plan gives per period, in MB (1 GB = 1024 MB). */
    dataAllowanceMB: z.number({ error: 'amount.format' }).finite().nonnegative({ error: 'amount.negative' }).optional(),
    /** Data left when last checked, in MB. */
    dataLeftMB: z.number({ error: 'amount.format' }).finite().nonnegative({ error: 'amount.negative' }).optional(),
    /** When the current period began. */
    startsAt: instantSchema.optional(),
    /** The instant the plan runs out. */
    expiresAt: instantSchema,
    /**
     * `day`: the carrier gave a date only, and `expiresAt` is the end of that day in
     * `timeZone`; `instant`: the carrier gave a time too.
     */
    expiryPrecision: z.enum(['instant', 'day'], { error: 'expiryPrecision.unknown' }).default('instant'),
    /** The zone the carrier states dates in; defaults to the carrier's. */
    timeZone: timeZoneSchema,
    /** How long one renewal lasts. */
    period: periodSchema.optional(),
    /**
     * The day of the month a monthly or yearly plan renews on, so short months do not
     * make it drift (31 Jan → 28 Feb → 31 Mar). Set from the expiry when not given.
     */
    renewalAnchorDay: z.int().min(1, { error: 'anchorDay.range' }).max(31, { error: 'anchorDay.range' }).optional(),
    /** When the line was last topped up: starts the carrier's dormancy clock. */
    lastTopUpAt: instantSchema.optional(),
    /** A "number kept until" date the person knows better than our rule. */
    numberKeptUntil: instantSchema.optional(),
    /**
     * "Let it expire" (the trip is over): the expiry the person silenced. No reminders for
     * that expiry; a renewal (a new expiry) starts them again.
     */
    silencedExpiresAt: instantSchema.optional(),
    /** The carrier renews by itself (card on file, subscription). */
    autoRenew: z.boolean({ error: 'boolean.format' }).default(false),
    /** What one renewal costs. */
    price: moneySchema.optional(),
    /** The usual top-up, in the plan's currency (the price's, or the carrier's). */
    topUpAmount: z.number({ error: 'amount.format' }).finite().nonnegative({ error: 'amount.negative' }).optional(),
    /** Where the carrier sends receipts; filled into renewal forms. */
    email: z.email({ error: 'email.format' }).max(254, { error: 'text.tooLong' }).optional(),
    /** Name on the account, for forms that ask; filled only when present. */
    holderName: text(120).optional(),
    /** This plan's own renewal page, when not the carrier's. */
    renewalUrl: httpsUrlSchema.optional(),
    /** eSIM activation code (LPA). Secret: masked in the UI, never in CSV, ICS or notifications. */
    activationCode: z
      .string({ error: 'activationCode.format' })
      .trim()
      .superRefine((value, context) => {
        const parsed = parseActivationCode(value);
        if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.problem });
      })
      .optional(),
    notes: text(2000).optional(),
    /** Hidden from the glance and reminders; kept for history. */
    archived: z.boolean({ error: 'boolean.format' }).default(false),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .superRefine((plan, context) => {
    if (plan.startsAt !== undefined && plan.startsAt >= plan.expiresAt) {
      context.addIssue({ code: 'custom', path: ['expiresAt'], message: 'expiry.beforeStart' });
    }
    if (plan.carrierId === CUSTOM_CARRIER_ID && !plan.carrierName) {
      context.addIssue({ code: 'custom', path: ['carrierName'], message: 'carrierName.required' });
    }
  });

/** A plan as stored and used. */
export type Plan = z.output<typeof planSchema>;
/** A plan as written in a backup or a form, before defaults are filled in. */
export type PlanInput = z.input<typeof planSchema>;
