import type { Plan } from '../../plans/plan';

/**
 * A copy of what the popup shows, in the extension's `localStorage`, so the popup can
 * paint its rows in the same task that loads it. Opening IndexedDB from a fresh popup
 * costs tens of milliseconds (far more on a busy machine) before a single row can show;
 * `localStorage` is read synchronously. IndexedDB stays the only source of truth: the
 * popup's live query replaces this copy's rows within a frame or two, and rewrites it.
 *
 * The copy holds no secrets: activation codes, ICCIDs, e-mail, holder names and notes
 * are left out (they are never on the glance). It lives on this machine only, in the
 * same profile as the database.
 */
export const GLANCE_SNAPSHOT_KEY = 'esk.glance';

/** Bumped when the stored shape changes; an older copy is ignored (IndexedDB answers). */
const SNAPSHOT_VERSION = 1;

/** Fields the glance never shows and the copy must not hold. */
const LEFT_OUT = ['activationCode', 'iccid', 'email', 'holderName', 'notes'] as const;

/** A plan as the snapshot keeps it. */
export type GlancePlan = Omit<Plan, (typeof LEFT_OUT)[number]>;

export interface GlanceSnapshot {
  /** Active plans, soonest expiry first. */
  plans: GlancePlan[];
  /** When the person last exported a backup (the popup's backup banner). */
  lastBackupAt: string | undefined;
}

/** Keeps the popup's next first paint current; failures (storage off or full) are harmless. */
export function writeGlanceSnapshot(snapshot: GlanceSnapshot, storage: Storage | undefined = safeLocalStorage()): void {
  const plans = snapshot.plans.map((plan) => {
    const kept: Record<string, unknown> = { ...plan };
    for (const field of LEFT_OUT) delete kept[field];
    return kept;
  });
  try {
    storage?.setItem(GLANCE_SNAPSHOT_KEY, JSON.stringify({ version: SNAPSHOT_VERSION, plans, lastBackupAt: snapshot.lastBackupAt }));
  } catch {
    // Quota or a disabled storage: the popup falls back to reading IndexedDB.
  }
}

/**
 * The stored copy, or `undefined` when there is none or it does not look like ours (an
 * older version, damaged JSON, a hand-edited value): the popup then reads IndexedDB.
 * Only the fields the rows need to render are checked; the live query replaces the rows.
 */
export function readGlanceSnapshot(storage: Storage | undefined = safeLocalStorage()): GlanceSnapshot | undefined {
  let parsed: unknown;
  try {
    const text = storage?.getItem(GLANCE_SNAPSHOT_KEY);
    if (!text) return undefined;
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { version, plans, lastBackupAt } = parsed as Record<string, unknown>;
  if (version !== SNAPSHOT_VERSION || !Array.isArray(plans) || !plans.every(isRenderablePlan)) return undefined;
  return { plans: plans as GlancePlan[], lastBackupAt: typeof lastBackupAt === 'string' ? lastBackupAt : undefined };
}

function isRenderablePlan(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const plan = value as Record<string, unknown>;
  return (
    typeof plan.id === 'string' &&
    typeof plan.label === 'string' &&
    typeof plan.carrierId === 'string' &&
    typeof plan.timeZone === 'string' &&
    typeof plan.expiresAt === 'string' &&
    !Number.isNaN(Date.parse(plan.expiresAt)) &&
    plan.archived !== true
  );
}

// Storage can be switched off (or throw on access) in some profiles; the popup still works.
function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
