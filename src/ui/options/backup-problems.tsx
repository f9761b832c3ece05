import type { RefObject } from 'preact';
import type { ParseBackupResult } from '../../backup/parse-backup';
import type { I18n } from '../../i18n/i18n';
import type { ValidationError } from '../../plans/validation';
import { useI18n } from '../i18n-context';
import { validationMessage } from '../validation-message';

type Refusal = Extract<ParseBackupResult, { ok: false }>;

// Codes whose problems sit in entries of the file; the others are about the file as a whole,
// and their one sentence says it all.
const ENTRY_CODES = new Set(['backup.invalid', 'backup.duplicateIds', 'backup.orphanRenewal']);

/**
 * A refused backup file, in words: why (one sentence per code), where reading stopped for
 * a damaged file, and for bad entries the first few problems, each named by its plan
 * ("Plan 2 (“Rome eSIM”): This ICCID fails its check digit…") with the exact place after it.
 */
export function BackupProblems({ refusal, text, panelRef }: { refusal: Refusal; text: string; panelRef: RefObject<HTMLDivElement | null> }) {
  const i18n = useI18n();
  const problems = ENTRY_CODES.has(refusal.code) ? refusal.errors : [];
  const labels = problems.length > 0 ? planLabels(text) : [];
  return (
    <div ref={panelRef} tabIndex={-1} class="backup-panel backup-panel--error" role="alert">
      <p class="error">{validationMessage(i18n, { code: refusal.code })}</p>
      {refusal.position && <p>{i18n.t('backupErrorPosition', refusal.position.line, refusal.position.column)}</p>}
      {problems.length > 0 && (
        <>
          <p>{i18n.t('backupProblemsTitle')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                {problemText(i18n, problem, labels)} <code>{problem.path}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** "Plan 2 (“Rome eSIM”): This ICCID fails its check digit…" */
export function problemText(i18n: I18n, problem: ValidationError, labels: readonly unknown[]): string {
  const sentence = validationMessage(i18n, problem);
  const entry = entryName(i18n, problem.path, labels);
  return entry === undefined ? sentence : i18n.t('backupProblemItem', entry, sentence);
}

function entryName(i18n: I18n, path: string, labels: readonly unknown[]): string | undefined {
  const plan = /^plans\[(\d+)\]/.exec(path);
  if (plan) {
    const index = Number(plan[1]);
    const label = labels[index];
    return typeof label === 'string' && label.trim() !== ''
      ? i18n.t('backupProblemPlanLabelled', index + 1, label.trim().slice(0, 80))
      : i18n.t('backupProblemPlan', index + 1);
  }
  const renewal = /^renewals\[(\d+)\]/.exec(path);
  if (renewal) return i18n.t('backupProblemRenewal', Number(renewal[1]) + 1);
  if (path === 'settings' || path.startsWith('settings.')) return i18n.t('backupProblemSettings');
  return path === '' ? undefined : i18n.t('backupProblemFile');
}

/**
 * The plans' labels as written in the file, to name the plan a problem is in. The file
 * was refused, so nothing here is trusted: only strings are used, and shown as text.
 */
function planLabels(text: string): unknown[] {
  try {
    const data: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    const plans = typeof data === 'object' && data !== null ? (data as { plans?: unknown }).plans : undefined;
    return Array.isArray(plans) ? plans.map((plan: unknown) => (typeof plan === 'object' && plan !== null ? (plan as { label?: unknown }).label : undefined)) : [];
  } catch {
    return [];
  }
}
