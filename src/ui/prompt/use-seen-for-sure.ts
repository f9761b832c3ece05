import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** How long the button must have been on screen, unobstructed, before a click counts. */
export const SEEN_FOR_MS = 500;

/**
 * True once `target` has been visible to the person, unobstructed, for SEEN_FOR_MS —
 * against click-jacking: a carrier page (or an ad on it) could cover our prompt with a
 * decoy, make it transparent, or slide it under the pointer just before a click. Where the
 * browser offers IntersectionObserver v2 (Chromium), it tells whether the element is truly
 * visible (no opacity, filter, transform or covering element, in this frame or the page
 * around it); elsewhere only the delay protects.
 */
export function useSeenForSure(target: RefObject<HTMLElement | null>, active: boolean): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!element || !active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startClock = () => {
      if (timer === undefined) timer = setTimeout(() => setSeen(true), SEEN_FOR_MS);
    };
    const stopClock = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      setSeen(false);
    };
    const supportsV2 = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
    if (!supportsV2) {
      startClock();
      return stopClock;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if ((entry as IntersectionObserverEntry & { isVisible?: boolean })?.isVisible) startClock();
        else stopClock();
      },
      // trackVisibility needs a delay of at least 100 ms; not yet in TypeScript's DOM types.
      { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      stopClock();
    };
  }, [target, active]);
  return seen;
}
