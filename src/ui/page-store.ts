import { keeperDatabase } from '../db/database';
import { KeeperStore, type ChangeNotice } from '../db/store';
import { sendMessage } from '../messaging/send-message';

/**
 * Tells the background what a page changed, so it rebuilds the schedule and badge
 * (a Dexie write alone does not wake a sleeping service worker).
 */
export async function notifyBackground(what: ChangeNotice): Promise<void> {
  await sendMessage(what === 'plans' ? 'plansChanged' : 'settingsChanged', {});
}

let shared: KeeperStore | undefined;

/** The store popup and options pages write through. */
export function pageStore(): KeeperStore {
  shared ??= new KeeperStore(keeperDatabase(), notifyBackground);
  return shared;
}
