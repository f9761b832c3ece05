import { readForFirstPaint, type FirstPaintData } from '../../db/first-paint-read';
import { readGlanceSnapshot } from './glance-snapshot';

/**
 * Where the popup's first paint comes from, decided when this module runs: the popup
 * entry imports it before anything else. With a snapshot in localStorage nothing else is
 * needed; without one, the plain IndexedDB read starts now, while Preact and the rest load.
 */
const snapshot = readGlanceSnapshot();
const started: Promise<FirstPaintData | undefined> = snapshot ? Promise.resolve(undefined) : readForFirstPaint();

export const firstPaintSources = {
  snapshot: () => snapshot,
  firstPaintRead: () => started,
};
