import { fillPage } from './fill-page';
import { showToast } from './page-overlay';
import { parseTabMessage } from './tab-message';

/**
 * The popup's "Fill this page" on a site outside the registry: the background injects
 * this with `activeTab` + `scripting` (entrypoints/fill-anywhere.ts), then calls the
 * returned function with the plan the person picked. The generic classifier only: no
 * carrier selectors for a site we do not know.
 */
export function fillAnywhere(document: Document): (raw: unknown) => unknown {
  return (raw) => {
    const message = parseTabMessage(raw);
    if (!message) return undefined;
    if (message.name === 'fill') return fillPage(document, message.values);
    if (message.name === 'announce') showToast(document, message.text);
    return undefined;
  };
}
