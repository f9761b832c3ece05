import { useEffect } from 'preact/hooks';

/** The performance mark `npm run bench` reads: the page's real content is on screen. */
export const CONTENT_PAINTED_MARK = 'esk:content-painted';

/**
 * Marks, once, the moment the page first shows its real content (not the loading
 * line). Effects run after the browser paints, so the mark follows the paint.
 */
export function useContentPaintedMark(contentShown: boolean): void {
  useEffect(() => {
    if (contentShown && performance.getEntriesByName(CONTENT_PAINTED_MARK).length === 0) {
      performance.mark(CONTENT_PAINTED_MARK);
    }
  }, [contentShown]);
}
