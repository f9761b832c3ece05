import Dexie, { type EntityTable } from 'dexie';
import type { Plan } from '../plans/plan';

export const DATABASE_NAME = 'esim-keeper';

/**
 * The one database. Every schema change is a new `version(n)` with an upgrade function
 * and a test that opens the previous version's data (DESIGN.md): nothing a person
 * stored is ever dropped.
 */
export class KeeperDatabase extends Dexie {
  plans!: EntityTable<Plan, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      // Only indexed fields are listed; the rest of a plan is stored as is.
      plans: 'id, carrierId, expiresAt',
    });
  }
}

let shared: KeeperDatabase | undefined;

/** The database of this extension context (popup, options page or background). */
export function keeperDatabase(): KeeperDatabase {
  shared ??= new KeeperDatabase();
  return shared;
}
