import { useEffect, useMemo, useState } from 'preact/hooks';
import { keeperDatabase, SETTINGS_KEY } from '../../db/database';
import type * as settingsModule from '../../plans/settings';
import type { Settings } from '../../plans/settings';
import { useLiveQuery, type LiveResult } from '../use-live-query';

type SettingsModule = typeof settingsModule;

/**
 * The stored settings, live, with defaults for whatever is missing (as readSettings reads
 * them). The settings schema, and zod with it, loads after the page's first paint rather
 * than with it: the options page stays within its size budget.
 */
export function useStoredSettings(): LiveResult<Settings> {
  const [schema, setSchema] = useState<SettingsModule | undefined>(undefined);
  const [failed, setFailed] = useState<{ error: unknown } | undefined>(undefined);
  useEffect(() => {
    import('../../plans/settings').then(setSchema, (error: unknown) => setFailed({ error }));
  }, []);
  const row = useLiveQuery(async () => (await keeperDatabase().settings.get(SETTINGS_KEY))?.value);

  return useMemo((): LiveResult<Settings> => {
    if (failed) return { status: 'failed', error: failed.error };
    if (row.status === 'failed') return row;
    if (!schema || row.status === 'loading') return { status: 'loading' };
    const parsed = schema.settingsSchema.safeParse(row.value ?? {});
    return { status: 'ready', value: parsed.success ? parsed.data : schema.DEFAULT_SETTINGS };
  }, [schema, failed, row]);
}

/** The reminder settings' defaults alone: "Restore defaults" leaves language and backups be. */
export async function reminderDefaults(): Promise<Partial<Settings>> {
  const { DEFAULT_SETTINGS } = await import('../../plans/settings');
  const { reminderLeadTimes, numberKeptLeadDays, reminderTime, quietHours, afterExpiryReminders } = DEFAULT_SETTINGS;
  return { reminderLeadTimes, numberKeptLeadDays, reminderTime, quietHours, afterExpiryReminders };
}
