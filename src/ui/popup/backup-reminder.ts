/** A backup older than this is worth a reminder in the popup. */
export const BACKUP_STALE_AFTER_DAYS = 30;

const DAY_MS = 86_400_000;

export type BackupReminder = { kind: 'never' } | { kind: 'old'; daysAgo: number };

/**
 * Whether the popup asks for a backup: only when there is something to lose (at least one
 * plan), and the person never exported one or did so more than 30 days ago. `lastBackupAt`
 * is read raw from the settings row (the popup does not load zod), so anything that is not
 * a readable instant counts as "never".
 */
export function backupReminder(planCount: number, lastBackupAt: unknown, now: Date): BackupReminder | undefined {
  if (planCount === 0) return undefined;
  const last = typeof lastBackupAt === 'string' ? Date.parse(lastBackupAt) : Number.NaN;
  if (Number.isNaN(last)) return { kind: 'never' };
  const daysAgo = Math.floor((now.getTime() - last) / DAY_MS);
  return daysAgo > BACKUP_STALE_AFTER_DAYS ? { kind: 'old', daysAgo } : undefined;
}
