/**
 * Our elements inside a carrier's page: a host element marked `data-esim-keeper` with a
 * CLOSED shadow root, so the page's styles do not reach in and its scripts cannot walk
 * into what we show. The prompt itself is an extension page in an iframe (its labels and
 * numbers are out of the page's reach altogether); the toast holds only a sentence such as
 * "Number and amount filled — review and pay."
 */

/** Our own hosts on the page, by reference: a page can copy the marker attribute, not these. */
const ownHosts = new Set<HTMLElement>();

/**
 * Runs `fill` with our overlays out of the way: the fill engine skips fields that something
 * covers, and our prompt at the bottom right covers whatever lies under it. Hidden and shown
 * again within one task, so no frame is ever painted without the prompt.
 */
export function whileOverlaysHidden<T>(fill: () => T): T {
  const hidden = [...ownHosts].filter((host) => host.isConnected);
  for (const host of hidden) host.style.setProperty('visibility', 'hidden', 'important');
  try {
    return fill();
  } finally {
    for (const host of hidden) host.style.setProperty('visibility', 'visible', 'important');
  }
}

const HOST_STYLE =
  'all:initial;position:fixed;z-index:2147483647;right:16px;bottom:16px;display:block;margin:0;padding:0;border:0;opacity:1;transform:none;filter:none;';

/** A host for `content` in a closed shadow root, shown on the page; returns a function that removes it. */
function showOverlay(document: Document, role: 'prompt' | 'toast', content: HTMLElement): () => void {
  const host = document.createElement('esim-keeper-overlay');
  host.setAttribute('data-esim-keeper', role);
  host.setAttribute('style', HOST_STYLE);
  host.attachShadow({ mode: 'closed' }).append(content);
  ownHosts.add(host);
  document.documentElement.append(host);
  return () => {
    host.remove();
    ownHosts.delete(host);
  };
}

/** Shows the prompt iframe at the bottom right of the page; returns a function that removes it. */
export function showPromptFrame(document: Document, url: string, title: string): () => void {
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.title = title;
  // The prompt page sizes itself within these bounds (it is ours, the page cannot resize it).
  frame.setAttribute(
    'style',
    'display:block;width:340px;height:196px;max-width:calc(100vw - 32px);border:0;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,0.28);color-scheme:normal;background:transparent;',
  );
  return showOverlay(document, 'prompt', frame);
}

/** A short sentence at the bottom right, read out by screen readers, gone after a few seconds. */
export function showToast(document: Document, text: string, durationMs = 6000): () => void {
  for (const old of ownHosts) {
    if (old.getAttribute('data-esim-keeper') === 'toast') {
      old.remove();
      ownHosts.delete(old);
    }
  }
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.setAttribute(
    'style',
    'max-width:340px;padding:12px 16px;border-radius:10px;background:#1d2a3a;color:#fff;font:14px/1.4 system-ui,sans-serif;box-shadow:0 6px 24px rgba(0,0,0,0.28);',
  );
  box.textContent = text;
  const remove = showOverlay(document, 'toast', box);
  const timer = setTimeout(remove, durationMs);
  return () => {
    clearTimeout(timer);
    remove();
  };
}
