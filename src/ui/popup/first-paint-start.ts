import { readForFirstPaint, type FirstPaintData } from '../../db/first-paint-read';

/**
 * The popup's first-paint read, started when this module runs: the popup entry imports it
 * before anything else, so IndexedDB opens while Preact and the rest load. Read once per
 * popup; the live query takes over after.
 */
const started = readForFirstPaint();

export const firstPaintRead = (): Promise<FirstPaintData | undefined> => started;
