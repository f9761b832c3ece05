/**
 * Outlines what was just filled for a moment, so the person sees where the plan's values
 * went before they review and pay. An outline takes no room, so the page's layout does
 * not move; only the outline properties of the element's inline style are touched, and
 * they are put back exactly as they were (the page may restyle the element meanwhile).
 */
const OUTLINE: Record<string, string> = { outline: '2px solid #1a73e8', 'outline-offset': '2px' };
const LONGHANDS = ['outline-color', 'outline-style', 'outline-width', 'outline-offset'];

/** Elements outlined now, and how to put each back: a second fill restarts the clock, not the copy. */
const pending = new WeakMap<HTMLElement, { restore: () => void; timer: number }>();

export function highlightFilled(elements: HTMLElement[], durationMs = 2000): void {
  for (const element of elements) {
    const view = element.ownerDocument.defaultView;
    if (!view) continue;
    const earlier = pending.get(element);
    if (earlier) view.clearTimeout(earlier.timer);
    const restore = earlier?.restore ?? saved(element);
    for (const [name, value] of Object.entries(OUTLINE)) element.style.setProperty(name, value, 'important');
    const timer = view.setTimeout(() => {
      pending.delete(element);
      restore();
    }, durationMs);
    pending.set(element, { restore, timer });
  }
}

function saved(element: HTMLElement): () => void {
  const { style } = element;
  const hadStyle = element.hasAttribute('style');
  const before = LONGHANDS.map((name) => [name, style.getPropertyValue(name), style.getPropertyPriority(name)] as const);
  return () => {
    for (const [name, value, priority] of before) {
      if (value) style.setProperty(name, value, priority);
      else style.removeProperty(name);
    }
    if (!hadStyle && element.getAttribute('style') === '') element.removeAttribute('style');
  };
}
