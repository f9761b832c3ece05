// The database's name and schema history, apart from Dexie so that code which only needs
// the names (the popup's first-paint read) does not load Dexie.

export const DATABASE_NAME = 'esim-keeper';

/** The settings table holds one row under this key. */
export const SETTINGS_KEY = 'settings';

/**
 * Every version of the schema, oldest first. A change is a new entry with an upgrade
 * function — never an edit to an old one — and a test in database.test.ts that opens the
 * previous version's data with the current code and loses nothing.
 *
 * IndexedDB cannot index booleans, so `archived` is not an index: the glance reads plans
 * in expiry order and skips archived ones (hundreds of plans at most).
 */
export const SCHEMA_VERSIONS = {
  /** The foundation: plans with id, label, carrier, expiry. */
  1: { plans: 'id, carrierId, expiresAt' },
  /** The full plan record, renewal history and settings. */
  2: {
    plans: 'id, carrierId, expiresAt, iccid, phoneNumber',
    renewals: 'id, planId, renewedAt, [planId+renewedAt]',
    settings: 'key',
  },
  /** The log of sent reminders (exactly-once claims). */
  3: {
    plans: 'id, carrierId, expiresAt, iccid, phoneNumber',
    renewals: 'id, planId, renewedAt, [planId+renewedAt]',
    settings: 'key',
    reminderLog: 'key, planId, fireAt',
  },
} as const;
