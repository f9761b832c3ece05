import { browser } from 'wxt/browser';
import { protocol, type Envelope, type MessageName, type RequestOf, type ResponseOf } from './protocol';

/** Sends one protocol message to the background and checks the answer's shape. */
export async function sendMessage<Name extends MessageName>(
  name: Name,
  payload: RequestOf<Name>,
): Promise<ResponseOf<Name>> {
  const envelope: Envelope = { name, payload };
  const response: unknown = await browser.runtime.sendMessage(envelope);
  return protocol[name].response.parse(response) as ResponseOf<Name>;
}
