import { useEffect, useState } from 'preact/hooks';
import { readForFirstPaint, type FirstPaintData } from '../../db/first-paint-read';
import type { Plan } from '../../plans/plan';
import type { Settings } from '../../plans/settings';
import type { ReminderLogEntry } from '../../reminders/reminder';
import type { LiveResult } from '../use-live-query';

/** What the popup shows: active plans, soonest first, and their snoozable reminders. */
export interface GlanceData {
  plans: Plan[];
  snoozable: Map<string, ReminderLogEntry>;
  /** Stored settings; `undefined` when never saved (every default applies). */
  settings: Settings | undefined;
}

/** Runs `callback` once the browser has painted the current frame. */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/**
 * The popup's data, fast and then live. The first answer comes from one plain IndexedDB
 * read (`firstPaintRead`, started by the entry before the page's modules finish loading),
 * so the rows paint without Dexie; once they are on screen, Dexie's live query is loaded
 * and takes over: it adds the snoozable reminders and follows every later change. When
 * the plain read cannot answer (a new or older database), the live query answers first.
 */
export function useGlance(firstPaintRead: () => Promise<FirstPaintData | undefined> = readForFirstPaint): LiveResult<GlanceData> {
  const [result, setResult] = useState<LiveResult<GlanceData>>({ status: 'loading' });
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
            },
            (error: unknown) => setResult({ status: 'failed', error }),
          );
        })
        .catch((error: unknown) => {
          if (!stopped) setResult({ status: 'failed', error });
        });
    };
    void firstPaintRead().then((first) => {
      if (stopped) return;
      if (first === undefined) return goLive();
      if (!liveAnswered) setResult({ status: 'ready', value: { ...first, snoozable: new Map() } });
      afterPaint(goLive);
    });
    return () => {
      stopped = true;
      unsubscribe?.();
    };
  }, [firstPaintRead]);
  return result;
}
