import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` rows to render now: the first `firstPaintRows` (what fills the
 * popup's window) on the first render, all of them right after that first paint. With
 * 200 plans the person sees the top of the list at once instead of waiting for rows
 * nobody has scrolled to; the rest arrive one frame later.
 */
export function useRowsAfterPaint(total: number, firstPaintRows: number): number {
  const [allowed, setAllowed] = useState(firstPaintRows);
  const waiting = total > allowed;
  useEffect(() => {
    if (!waiting) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAllowed(Number.POSITIVE_INFINITY), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [waiting]);
  return Math.min(total, allowed);
}
