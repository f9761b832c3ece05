import { keeperDatabase, SETTINGS_KEY } from '../db/database';
import { listActivePlans } from '../db/plans';
import { KeeperStore, type ChangeNotice } from '../db/store';
import { sendMessage } from '../messaging/send-message';
import { writeGlanceSnapshot } from './popup/glance-snapshot';

/**
 * Tells the background what a page changed, so it rebuilds the schedule and badge
 * (a Dexie write alone does not wake a sleeping service worker), and refreshes the
 * popup's first-paint copy, so the next popup opens on current rows.
 */
export async function notifyBackground(what: ChangeNotice): Promise<void> {
  await Promise.all([sendMessage(what === 'plans' ? 'plansChanged' : 'settingsChanged', {}), refreshGlanceSnapshot()]);
}

async function refreshGlanceSnapshot(): Promise<void> {
  const db = keeperDatabase();
  const [plans, settings] = await Promise.all([listActivePlans(db), db.settings.get(SETTINGS_KEY)]);
  writeGlanceSnapshot({ plans, lastBackupAt: settings?.value.lastBackupAt });
}

let shared: KeeperStore | undefined;

/** The store popup and options pages write through. */
export function pageStore(): KeeperStore {
  shared ??= new KeeperStore(keeperDatabase(), notifyBackground);
  return shared;
}
