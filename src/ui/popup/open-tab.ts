import { browser } from 'wxt/browser';

/**
 * Opens `url` in a new tab, then closes the popup, which would otherwise stay open over the
 * page it opened. `tabs.create` needs no permission.
 */
export async function openTabAndClose(url: string): Promise<void> {
  await browser.tabs.create({ url });
  window.close();
}

/** The options page at one of its anchors: `add`, `backup`, `plan=<id>`. */
export function optionsPageAt(anchor: string): string {
  return `${browser.runtime.getURL('/options.html')}#${anchor}`;
}
