import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { carrierById } from '../carriers/registry';
import type { Plan } from '../plans/plan';
import type { Renewal } from '../plans/renewal';
import type { Settings } from '../plans/settings';
import type { ReminderLogEntry } from '../reminders/reminder';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SETTINGS_KEY } from './schema-versions';

export { DATABASE_NAME, SCHEMA_VERSIONS, SETTINGS_KEY } from './schema-versions';


export interface SettingsRow {
  key: typeof SETTINGS_KEY;
  value: Settings;
}

export class KeeperDatabase extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  renewals!: EntityTable<Renewal, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  reminderLog!: EntityTable<ReminderLogEntry, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    this.version(2).stores(SCHEMA_VERSIONS[2]).upgrade(upgradeToVersion2);
    // A new, empty table: nothing to move.
    this.version(3).stores(SCHEMA_VERSIONS[3]);
  }
}

/**
 * Version 1 plans had only id, label, carrierId, expiresAt and archived. Fill in what the
 * full record requires, from the carrier where we can; keep everything that was there.
 */
export async function upgradeToVersion2(transaction: Transaction): Promise<void> {
  const now = new Date().toISOString();
  await transaction
    .table('plans')
    .toCollection()
    .modify((plan: Record<string, unknown>) => {
      const carrier = typeof plan.carrierId === 'string' ? carrierById(plan.carrierId) : undefined;
      plan.timeZone ??= carrier?.timeZone ?? 'UTC';
      plan.expiryPrecision ??= 'instant';
      plan.autoRenew ??= false;
      plan.archived ??= false;
      plan.createdAt ??= now;
      plan.updatedAt ??= now;
      if (plan.carrierId !== undefined && carrier === undefined && plan.carrierId !== 'custom') {
        // A carrier id we no longer know: keep the name the person saw.
        plan.carrierName ??= String(plan.carrierId);
        plan.carrierId = 'custom';
      }
    });
}

let shared: KeeperDatabase | undefined;

/** The database of this extension context (popup, options page or background). */
export function keeperDatabase(): KeeperDatabase {
  shared ??= new KeeperDatabase();
  return shared;
}
