import { browser } from 'wxt/browser';
import { fillCarrierForUrl, type FillCarrier } from '../../carriers/fill-carrier';
import { sendMessage } from '../../messaging/send-message';

/**
 * What "Fill this page" needs once it is used: the tab, its carrier and the message to
 * the background. Loaded after the popup's first paint (fill-this-page.tsx), so the
 * message protocol (and zod) and the carriers' form data stay out of the popup's first
 * load while the button itself paints with the rows.
 */

/** The tab "Fill this page" fills: the active tab of the window the popup belongs to. */
export async function tabToFill(): Promise<{ id: number; carrier: FillCarrier | undefined } | undefined> {
  const tab = await targetTab();
  return tab ? { id: tab.id, carrier: fillCarrierForUrl(tab.url) } : undefined;
}

async function targetTab(): Promise<{ id: number; url?: string } | undefined> {
  if (import.meta.env.MODE === 'e2e') {
    // In tests the popup is a tab of its own, so the test names the page to fill.
    const named = Number(new URLSearchParams(location.search).get('e2eFillTab'));
    if (named > 0) return browser.tabs.get(named) as Promise<{ id: number; url?: string }>;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Asks the background to fill the tab with the plan; it answers what was filled. */
export function fillTab(tabId: number, planId: string): Promise<{ summary: string }> {
  return sendMessage('fillTab', { tabId, planId, overwrite: false });
}
