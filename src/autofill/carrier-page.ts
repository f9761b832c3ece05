import type { Carrier } from '../carriers/define-carrier';
import { carrierForUrl } from '../carriers/registry';

/** What the carrier content script knows about the page it was injected into. */
export interface CarrierPage {
  carrier: Carrier;
  url: string;
}

/**
 * Recognises the carrier of the page the content script runs in, from the page's
 * address alone. The browser injects us only on registry hosts, but a page's address
 * can still surprise (a redirect to another carrier's domain), so we check again.
 * The renewal-form recognition and the fill prompt build on this (autofill issue).
 */
export function recogniseCarrierPage(url: string): CarrierPage | undefined {
  const carrier = carrierForUrl(url);
  return carrier ? { carrier, url } : undefined;
}
