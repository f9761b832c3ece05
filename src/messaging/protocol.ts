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
