import { FILLABLE_KINDS } from '../autofill/field-kind';
import { z } from '../schema/z';

/**
 * Who may send a message. The background checks it from `sender`, never from anything
 * the message says about itself:
 * - `extension-page`: our popup, options page or prompt iframe (`sender.url` is ours);
 * - `content-script`: our script inside a carrier's page (it has a `sender.tab`, and its
 *   `sender.url` is the page's). A carrier page is untrusted: it gets no plan data by
 *   asking.
 */
export type SenderKind = 'extension-page' | 'content-script';

interface MessageSpec<Request extends z.ZodType, Response extends z.ZodType> {
  request: Request;
  response: Response;
  from: readonly SenderKind[];
}

const fillableKindSchema = z.enum(FILLABLE_KINDS);

/** A carrier's explicit selectors per field kind (src/carriers/carrier-schema.ts). */
const selectorsSchema = z.partialRecord(fillableKindSchema, z.array(z.string().max(500)).max(10));

/**
 * What a content script answers to `fill` (src/autofill/fill-values.ts `FillReport`). It
 * comes from inside a carrier's page, so the background checks it with this.
 */
export const fillReportSchema = z.strictObject({
  filled: z.array(fillableKindSchema).max(50),
  kept: z.array(fillableKindSchema).max(50),
  noForm: z.boolean(),
});

/** What a fill did, in words for the person, and which kinds were filled or kept. */
const fillOutcomeSchema = fillReportSchema.extend({
  /** "Number, amount and e-mail filled — review and pay." */
  summary: z.string(),
});
export type FillOutcomeMessage = z.infer<typeof fillOutcomeSchema>;

function message<Request extends z.ZodType, Response extends z.ZodType>(
  spec: MessageSpec<Request, Response>,
): MessageSpec<Request, Response> {
  return spec;
}

/**
 * The one protocol between pages, content scripts and the background. Every message is
 * named here with its payload and answer; the receiver re-checks both with zod.
 */
export const protocol = {
  /** A page wrote plans to the database: rebuild what depends on them (DESIGN.md). */
  plansChanged: message({
    request: z.strictObject({}),
    response: z.strictObject({ ok: z.literal(true) }),
    from: ['extension-page'],
  }),
  /** A page wrote settings to the database. */
  settingsChanged: message({
    request: z.strictObject({}),
    response: z.strictObject({ ok: z.literal(true) }),
    from: ['extension-page'],
  }),
  /** "Remind me tomorrow" from the popup (Firefox has no notification buttons). */
  snoozeReminder: message({
    request: z.strictObject({ key: z.string().min(1).max(300) }),
    response: z.strictObject({ snoozedUntil: z.string().nullable() }),
    from: ['extension-page'],
  }),
  /**
   * The carrier content script, at start: which carrier the background sees for this tab
   * (from `sender.tab.url`, never from the page), whether to offer the fill prompt when a
   * renewal form shows up (that carrier has plans, and the person has not turned the
   * prompt off for it), and the carrier's explicit selectors. No plan data.
   */
  carrierPage: message({
    request: z.strictObject({}),
    response: z.strictObject({
      carrierId: z.string().nullable(),
      offerPrompt: z.boolean(),
      selectors: selectorsSchema.optional(),
    }),
    from: ['content-script'],
  }),
  /** The prompt iframe: the plans it may offer, for the carrier of the tab it is shown in. */
  promptPlans: message({
    request: z.strictObject({}),
    response: z.strictObject({
      carrierName: z.string(),
      plans: z.array(z.strictObject({ id: z.string(), label: z.string(), number: z.string().optional() })).max(500),
    }),
    from: ['extension-page'],
  }),
  /** A click on "Fill" in the prompt iframe: fill that plan into the tab's form. */
  fillFromPrompt: message({
    request: z.strictObject({ planId: z.string().min(1).max(64), overwrite: z.boolean() }),
    response: fillOutcomeSchema,
    from: ['extension-page'],
  }),
  /** "Not now" or "Don't offer on this site" in the prompt iframe. */
  closePrompt: message({
    request: z.strictObject({ forCarrier: z.boolean() }),
    response: z.strictObject({ ok: z.literal(true) }),
    from: ['extension-page'],
  }),
  /**
   * The popup's "Fill this page": the plan the person picked, into the active tab. On a
   * carrier's site only that carrier's plans; elsewhere the generic classifier, injected
   * with `activeTab` + `scripting`.
   */
  fillTab: message({
    request: z.strictObject({ tabId: z.int().nonnegative(), planId: z.string().min(1).max(64), overwrite: z.boolean() }),
    response: fillOutcomeSchema,
    from: ['extension-page'],
  }),
  /** Whether the browser lets us show notifications, for the popup's banner. */
  notificationStatus: message({
    request: z.strictObject({}),
    response: z.strictObject({ level: z.enum(['granted', 'denied']) }),
    from: ['extension-page'],
  }),
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<Name extends MessageName> = z.infer<Protocol[Name]['request']>;
export type ResponseOf<Name extends MessageName> = z.infer<Protocol[Name]['response']>;

/**
 * What travels through `runtime.sendMessage`. A missing payload is still our message
 * (and is then rejected as malformed), so only `name` decides.
 */
export const envelopeSchema = z.strictObject({
  name: z.string(),
  payload: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}
