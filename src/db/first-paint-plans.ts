import type { Plan } from '../plans/plan';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema-versions';

/**
 * The IndexedDB version Dexie stores for our newest schema: Dexie multiplies its
 * version numbers by 10 (so `version(3)` is IndexedDB version 30).
 */
export const NEWEST_INDEXEDDB_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number)) * 10;

/**
 * The active plans, soonest expiry first — the same answer as `listActivePlans` — read
 * with one plain IndexedDB request instead of Dexie, for the popup's first paint: Dexie is
 * over half of the popup's JavaScript, and the person opened the popup to see their
 * plans, not to wait for a library to load. Dexie (and its live query) takes over right
 * after the first paint.
 *
 * Answers `undefined` — "ask Dexie" — whenever this read cannot be trusted to match what
 * Dexie would say: no database yet, a database from an older version (Dexie upgrades it
 * first), a newer one (a downgrade), or any error. It never creates or changes the
 * database: an open that would create it is aborted.
 */
export function readPlansForFirstPaint(indexedDb: IDBFactory = globalThis.indexedDB): Promise<Plan[] | undefined> {
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
        if (db.version !== NEWEST_INDEXEDDB_VERSION || !db.objectStoreNames.contains('plans')) return resolve(undefined);
        const transaction = db.transaction('plans', 'readonly');
        const byExpiry = transaction.objectStore('plans').index('expiresAt').getAll();
        byExpiry.onsuccess = () => resolve((byExpiry.result as Plan[]).filter((plan) => !plan.archived));
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
