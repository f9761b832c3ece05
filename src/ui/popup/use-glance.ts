import { useEffect, useState } from 'preact/hooks';
import { readForFirstPaint, type FirstPaintData } from '../../db/first-paint-read';
import type { Plan } from '../../plans/plan';
import type { ReminderLogEntry } from '../../reminders/reminder';
import type { LiveResult } from '../use-live-query';
import { readGlanceSnapshot, writeGlanceSnapshot, type GlanceSnapshot } from './glance-snapshot';

/** What the popup shows: active plans, soonest first, their snoozable reminders, the last backup. */
export interface GlanceData {
  plans: Plan[];
  snoozable: Map<string, ReminderLogEntry>;
  lastBackupAt: string | undefined;
}

export interface GlanceSources {
  /** The copy kept for the first paint (glance-snapshot.ts); read synchronously. */
  snapshot?: () => GlanceSnapshot | undefined;
  /** A plain IndexedDB read, when there is no copy (first open, storage off). */
  firstPaintRead?: () => Promise<FirstPaintData | undefined>;
}

/** Runs `callback` once the browser has painted the current frame. */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

const fromSnapshot = (snapshot: GlanceSnapshot): GlanceData => ({ ...snapshot, snoozable: new Map() });

/**
 * The popup's data, at once and then live:
 * 1. the first render paints the rows from the snapshot in `localStorage`, if there is one;
 * 2. otherwise one plain IndexedDB read answers (no Dexie);
 * 3. once rows are on screen, Dexie's live query is loaded and takes over: it adds the
 *    snoozable reminders, follows every later change, and rewrites the snapshot.
 * When neither 1 nor 2 can answer (a new or older database), the live query answers first.
 */
export function useGlance({ snapshot = readGlanceSnapshot, firstPaintRead = readForFirstPaint }: GlanceSources = {}): LiveResult<GlanceData> {
  const [initial] = useState(snapshot);
  const [result, setResult] = useState<LiveResult<GlanceData>>(() =>
    initial ? { status: 'ready', value: fromSnapshot(initial) } : { status: 'loading' },
  );
  useEffect(() => {
    let stopped = false;
    let liveAnswered = false;
    let unsubscribe: (() => void) | undefined;
    const goLive = () => {
      import('./live-glance')
        .then(({ subscribeToGlance }) => {
          if (stopped) return;
          unsubscribe = subscribeToGlance(
            (value) => {
              liveAnswered = true;
              setResult({ status: 'ready', value });
              writeGlanceSnapshot(value);
            },
            (error: unknown) => setResult({ status: 'failed', error }),
          );
        })
        .catch((error: unknown) => {
          if (!stopped) setResult({ status: 'failed', error });
        });
    };
    if (initial) {
      afterPaint(goLive);
    } else {
      void firstPaintRead().then((first) => {
        if (stopped) return;
        if (first === undefined) return goLive();
        if (!liveAnswered) setResult({ status: 'ready', value: { plans: first.plans, lastBackupAt: first.settings?.lastBackupAt, snoozable: new Map() } });
        afterPaint(goLive);
      });
    }
    return () => {
      stopped = true;
      unsubscribe?.();
    };
    // Sources are read once, when the popup opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return result;
}
