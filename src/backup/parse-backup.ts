import { formatPath, validationErrors, type ValidationError } from '../plans/validation';
import type { z } from '../schema/z';
import { jsonSyntaxErrorOffset } from './json-syntax-error';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, backupSchema, type Backup } from './backup-file';

/** Why a file was refused; the UI has one sentence for each (`validation_backup_…`). */
export type BackupErrorCode =
  | 'backup.tooLarge'
  | 'backup.notJson'
  | 'backup.notOurs'
  | 'backup.futureVersion'
  | 'backup.invalid'
  | 'backup.duplicateIds'
  | 'backup.orphanRenewal';

/** Where in the text JSON reading stopped; line and column count from 1. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

export type ParseBackupResult =
  | { ok: true; backup: Backup }
  | {
      ok: false;
      code: BackupErrorCode;
      /** What is wrong and where (`plans[3].iccid: iccid.checkDigit`), at most MAX_REPORTED_ERRORS. */
      errors: ValidationError[];
      /** For `backup.notJson`: where the text stops being JSON. */
      position?: TextPosition;
    };

/** A person fixes a file from the first few problems; a thousand would bury them. */
export const MAX_REPORTED_ERRORS = 10;

// Unknown field names are put in error paths; a hostile file can make them megabytes long.
const MAX_FIELD_NAME_IN_PATH = 40;

/**
 * Reads a backup file's text and checks all of it before anything is used: the JSON, that
 * it is ours and not from a newer version, every plan, renewal and setting against the
 * schemas, ids unique, every renewal's plan present. Never throws, whatever the text
 * (backup-fuzz.ts checks that).
 */
export function parseBackup(text: string): ParseBackupResult {
  if (typeof text !== 'string') return refuse('backup.notJson');
  if (text.length > MAX_BACKUP_BYTES) return refuse('backup.tooLarge');

  // Some editors save JSON with a byte-order mark, which JSON.parse refuses.
  const skipped = text.startsWith('\uFEFF') ? 1 : 0;
  let data: unknown;
  try {
    data = JSON.parse(skipped ? text.slice(skipped) : text);
  } catch {
    const position = jsonErrorPosition(text, skipped);
    return { ...refuse('backup.notJson'), ...(position ? { position } : {}) };
  }

  if (!isRecord(data) || data.format !== BACKUP_FORMAT) return refuse('backup.notOurs', 'format');
  if (typeof data.version === 'number' && data.version > BACKUP_VERSION) return refuse('backup.futureVersion', 'version');

  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) return { ok: false, code: 'backup.invalid', errors: schemaErrors(parsed.error) };
  const backup = parsed.data;

  const duplicates = [...duplicateIds(backup.plans, 'plans'), ...duplicateIds(backup.renewals, 'renewals')];
  if (duplicates.length > 0) return { ok: false, code: 'backup.duplicateIds', errors: duplicates.slice(0, MAX_REPORTED_ERRORS) };

  const planIds = new Set(backup.plans.map((plan) => plan.id));
  const orphans = backup.renewals.flatMap((renewal, index) =>
    planIds.has(renewal.planId) ? [] : [{ path: `renewals[${index}].planId`, code: 'backup.orphanRenewal' }],
  );
  if (orphans.length > 0) return { ok: false, code: 'backup.orphanRenewal', errors: orphans.slice(0, MAX_REPORTED_ERRORS) };

  return { ok: true, backup };
}

function refuse(code: BackupErrorCode, path = ''): ParseBackupResult {
  return { ok: false, code, errors: [{ path, code }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first errors, each unknown field named (zod reports them together, on the object). */
function schemaErrors(error: z.ZodError): ValidationError[] {
  const errors: ValidationError[] = [];
  const described = validationErrors(error);
  for (const [index, issue] of error.issues.entries()) {
    if (errors.length >= MAX_REPORTED_ERRORS) break;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const name = key.length > MAX_FIELD_NAME_IN_PATH ? `${key.slice(0, MAX_FIELD_NAME_IN_PATH)}…` : key;
        errors.push({ path: formatPath([...issue.path, name]), code: 'value.unknownField' });
      }
    } else {
      errors.push(described[index]!);
    }
  }
  return errors.slice(0, MAX_REPORTED_ERRORS);
}

function duplicateIds(records: readonly { id: string }[], list: 'plans' | 'renewals'): ValidationError[] {
  const seen = new Set<string>();
  const errors: ValidationError[] = [];
  for (const [index, record] of records.entries()) {
    if (seen.has(record.id)) errors.push({ path: `${list}[${index}].id`, code: 'backup.duplicateIds' });
    seen.add(record.id);
  }
  return errors;
}

/** Where the JSON stops being JSON, counted in the text as given (byte-order mark included). */
function jsonErrorPosition(text: string, skipped: number): TextPosition | undefined {
  const offset = jsonSyntaxErrorOffset(skipped ? text.slice(skipped) : text);
  return offset === undefined ? undefined : positionAt(text, offset + skipped);
}

function positionAt(text: string, offset: number): TextPosition {
  const clamped = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < clamped; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}
