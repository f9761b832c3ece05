import type { Plan } from '../plans/plan';
import type { Settings } from '../plans/settings';
import { DATABASE_NAME, SCHEMA_VERSIONS, SETTINGS_KEY } from './schema-versions';

/** What the popup needs for its first paint. */
export interface FirstPaintData {
  /** Active plans, soonest expiry first. */
  plans: Plan[];
  /** The stored settings; `undefined` when never saved (then every default applies). */
  settings: Settings | undefined;
}

/**
 * The IndexedDB version Dexie stores for our newest schema: Dexie multiplies its
 * version numbers by 10 (so `version(3)` is IndexedDB version 30).
 */
export const NEWEST_INDEXEDDB_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number)) * 10;

/**
 * The active plans, soonest expiry first — the same answer as `listActivePlans` — and the
 * settings, read with plain IndexedDB requests in one transaction instead of Dexie, for the popup's first paint: Dexie is
 * over half of the popup's JavaScript, and the person opened the popup to see their
 * plans, not to wait for a library to load. Dexie (and its live query) takes over right
 * after the first paint.
 *
 * Answers `undefined` — "ask Dexie" — whenever this read cannot be trusted to match what
 * Dexie would say: no database yet, a database from an older version (Dexie upgrades it
 * first), a newer one (a downgrade), or any error. It never creates or changes the
 * database: an open that would create it is aborted.
 */
export function readForFirstPaint(indexedDb: IDBFactory = globalThis.indexedDB): Promise<FirstPaintData | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      // No version: opens whatever is there, without upgrading it.
      request = indexedDb.open(DATABASE_NAME);
    } catch {
      resolve(undefined);
      return;
    }
    request.onupgradeneeded = () => {
      // The database does not exist yet; opening it here would create an empty version 1
      // that Dexie would then mistake for an old user's data. Leave creation to Dexie.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      // An aborted creation lands here too; keep it from surfacing as an uncaught error.
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      const readPlans = () => {
        if (db.version !== NEWEST_INDEXEDDB_VERSION) return resolve(undefined);
        const transaction = db.transaction(['plans', 'settings'], 'readonly');
        const byExpiry = transaction.objectStore('plans').index('expiresAt').getAll();
        const settingsRow = transaction.objectStore('settings').get(SETTINGS_KEY);
        transaction.oncomplete = () =>
          resolve({
            plans: (byExpiry.result as Plan[]).filter((plan) => !plan.archived),
            settings: (settingsRow.result as { value: Settings } | undefined)?.value,
          });
        transaction.onerror = (event) => {
          event.preventDefault();
          resolve(undefined);
        };
      };
      try {
        readPlans();
      } catch {
        resolve(undefined);
      } finally {
        // Closing waits for the read to finish; it keeps this connection from blocking a
        // later upgrade by Dexie.
        db.close();
      }
    };
  });
}
