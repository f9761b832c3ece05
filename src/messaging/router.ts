import type { Browser } from 'wxt/browser';
import {
  envelopeSchema,
  isMessageName,
  protocol,
  type MessageName,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';

export type MessageHandlers = {
  [Name in MessageName]: (payload: RequestOf<Name>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<Name>>;
};

/** Why a message was turned away; the sender's promise rejects with this text. */
export class RejectedMessage extends Error {
  override name = 'RejectedMessage';
}

/**
 * Classifies a sender from what the browser says about it. `extensionBaseUrl` is
 * `runtime.getURL('/')`, `extensionId` is `runtime.id`.
 */
export function senderKind(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionBaseUrl: string,
): SenderKind | undefined {
  if (sender.id !== extensionId) return undefined;
  // Our prompt iframe lives inside a carrier tab, so `sender.tab` alone proves nothing:
  // the frame's own URL decides.
  if (sender.url?.startsWith(extensionBaseUrl)) return 'extension-page';
  if (sender.tab !== undefined) return 'content-script';
  return undefined;
}

/**
 * The background's `runtime.onMessage` listener: checks the envelope, the sender and
 * the payload, runs the handler and checks its answer too. Anything that fails is
 * rejected with a reason and changes nothing.
 */
export function createMessageRouter(
  handlers: MessageHandlers,
  identity: { extensionId: string; extensionBaseUrl: string },
): (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined {
  return (message, sender) => {
    const envelope = envelopeSchema.safeParse(message);
    // Not ours (another listener's message, or noise): let other listeners answer.
    if (!envelope.success) return undefined;
    const { name, payload } = envelope.data;
    if (!isMessageName(name)) return Promise.reject(new RejectedMessage(`Unknown message "${name}"`));
    return dispatch(name, payload, sender);
  };

  async function dispatch<Name extends MessageName>(
    name: Name,
    payload: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<ResponseOf<Name>> {
    const spec = protocol[name];
    const kind = senderKind(sender, identity.extensionId, identity.extensionBaseUrl);
    if (kind === undefined || !spec.from.includes(kind)) {
      throw new RejectedMessage(`"${name}" is not accepted from ${kind ?? 'an unknown sender'}`);
    }
    const request = spec.request.safeParse(payload);
    if (!request.success) throw new RejectedMessage(`"${name}" has a malformed payload: ${request.error.message}`);
    const handler = handlers[name] as (p: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    const response = await handler(request.data, sender);
    return spec.response.parse(response) as ResponseOf<Name>;
  }
}
