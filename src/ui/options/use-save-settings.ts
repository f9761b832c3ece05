import { useEffect, useRef, useState } from 'preact/hooks';
import type { I18n } from '../../i18n/i18n';
import type { Settings } from '../../plans/settings';
import { validationMessage } from '../validation-message';

/** A problem to show beside a control, worded at render time so it follows a language switch. */
export type Problem = (i18n: I18n) => string;

export type SaveStatus = 'saved' | 'restored' | 'failed';

/**
 * A change worked out from the settings as stored at the moment of saving — not as last
 * rendered, which may lag behind a change made a moment ago — or the problem that stops it.
 */
export type SettingsUpdate = (current: Settings) => { change: Partial<Settings> } | { problem: Problem };

/** How long "Saved" stays on screen. */
const STATUS_MS = 2500;

/**
 * Saving settings from the options page, one field at a time. Each save reads the stored
 * settings afresh and changes only its own fields, so nothing another control or page
 * stored (language, lastBackupAt…) is lost; saves run one after another, so two quick
 * changes cannot overwrite each other. Resolves to the problem to show, if the update or
 * the settings schema refused the change (then nothing was stored).
 */
export function useSaveSettings() {
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const [status, setStatus] = useState<SaveStatus | undefined>(undefined);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timerRef.current), []);

  const show = (next: SaveStatus) => {
    setStatus(next);
    clearTimeout(timerRef.current);
    // A failure stays until the next save; "Saved" only needs a moment.
    if (next !== 'failed') timerRef.current = setTimeout(() => setStatus(undefined), STATUS_MS);
  };

  const save = (update: SettingsUpdate | Partial<Settings>, done: SaveStatus = 'saved'): Promise<Problem | undefined> => {
    const run = queueRef.current.then(async () => {
      // The store (and the plan and backup schemas it brings) loads on the first save, not
      // with the page: the options page must stay within its size budget.
      const { pageStore } = await import('../page-store');
      const store = pageStore();
      const current = await store.getSettings();
      const next = typeof update === 'function' ? update(current) : { change: update };
      if ('problem' in next) return next.problem;
      const result = await store.saveSettings({ ...current, ...next.change });
      if (!result.ok) {
        const [first] = result.errors;
        return (i18n: I18n) => validationMessage(i18n, first ?? { code: 'value.format' });
      }
      show(done);
      return undefined;
    });
    queueRef.current = run.catch(() => undefined);
    return run.catch(() => {
      show('failed');
      return undefined;
    });
  };

  return { save, status };
}

/** The words of a save status, for a role="status" line. */
export function saveStatusText(i18n: I18n, status: SaveStatus | undefined): string {
  switch (status) {
    case 'saved':
      return i18n.t('settingsSaved');
    case 'restored':
      return i18n.t('remindersRestored');
    case 'failed':
      return i18n.t('settingsSaveFailed');
    case undefined:
      return '';
  }
}
