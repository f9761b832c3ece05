import type { Plan } from '../plans/plan';
import type { Period } from '../plans/primitives';
import { redactActivationCodes } from './redact-activation-codes';

/** What the CSV needs of a registry carrier (src/carriers): a `Carrier` will do. */
export interface CsvCarrier {
  name: string;
  currency?: string;
}

type Cell = string | number | boolean | undefined;

/**
 * The CSV columns, in order: a public contract (docs/backup-format.md). Add new columns at
 * the end, so spreadsheets built on the old ones keep working. There is no activation code
 * column, on purpose.
 */
export const CSV_COLUMNS: readonly { header: string; cell(plan: Plan, carrier: CsvCarrier | undefined): Cell }[] = [
  { header: 'id', cell: (plan) => plan.id },
  { header: 'label', cell: (plan) => plan.label },
  { header: 'carrier', cell: (plan, carrier) => (plan.carrierId === 'custom' ? plan.carrierName : (carrier?.name ?? plan.carrierName ?? plan.carrierId)) },
  { header: 'country', cell: (plan) => plan.country },
  { header: 'coverage', cell: (plan) => plan.coverage?.join(' ') },
  { header: 'phone number', cell: (plan) => plan.phoneNumber },
  { header: 'ICCID', cell: (plan) => plan.iccid },
  { header: 'plan name', cell: (plan) => plan.planName },
  { header: 'starts at', cell: (plan) => plan.startsAt },
  { header: 'expires at', cell: (plan) => plan.expiresAt },
  { header: 'expiry precision', cell: (plan) => plan.expiryPrecision },
  { header: 'time zone', cell: (plan) => plan.timeZone },
  { header: 'period', cell: (plan) => (plan.period ? isoDuration(plan.period) : undefined) },
  { header: 'renewal day', cell: (plan) => plan.renewalAnchorDay },
  { header: 'price', cell: (plan) => plan.price?.amount },
  { header: 'currency', cell: (plan, carrier) => plan.price?.currency ?? carrier?.currency },
  { header: 'top-up amount', cell: (plan) => plan.topUpAmount },
  { header: 'auto-renew', cell: (plan) => plan.autoRenew },
  { header: 'data allowance MB', cell: (plan) => plan.dataAllowanceMB },
  { header: 'data left MB', cell: (plan) => plan.dataLeftMB },
  { header: 'last top-up', cell: (plan) => plan.lastTopUpAt },
  { header: 'number kept until', cell: (plan) => plan.numberKeptUntil },
  { header: 'email', cell: (plan) => plan.email },
  { header: 'holder name', cell: (plan) => plan.holderName },
  { header: 'renewal page', cell: (plan) => plan.renewalUrl },
  { header: 'archived', cell: (plan) => plan.archived },
  { header: 'notes', cell: (plan) => plan.notes },
  { header: 'created at', cell: (plan) => plan.createdAt },
  { header: 'updated at', cell: (plan) => plan.updatedAt },
];

/**
 * Plans as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break) for a spreadsheet: one header row, then one row per plan,
 * soonest expiry first. Instants in ISO 8601 UTC, amounts with a decimal point, booleans
 * as `true`/`false`, empty cells for what a plan does not have.
 *
 * Never holds activation codes, not even one pasted into the notes. Cells a spreadsheet
 * would run as a formula get a leading `'` (OWASP, CSV injection), so `+393331234567`
 * is written `'+393331234567`.
 */
export function exportCsv(plans: readonly Plan[], carriersById: ReadonlyMap<string, CsvCarrier> = new Map()): string {
  const rows = [CSV_COLUMNS.map((column) => column.header)];
  for (const plan of [...plans].sort(bySoonestExpiry)) {
    const carrier = carriersById.get(plan.carrierId);
    rows.push(CSV_COLUMNS.map((column) => cellText(column.cell(plan, carrier), plan)));
  }
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function bySoonestExpiry(a: Plan, b: Plan): number {
  if (a.expiresAt !== b.expiresAt) return a.expiresAt < b.expiresAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function cellText(value: Cell, plan: Plan): string {
  if (value === undefined) return '';
  return neutraliseFormula(redactActivationCodes(String(value), plan));
}

// A spreadsheet reads a cell starting with one of these as a formula (or, for tab and
// carriage return, may strip them and then read a formula).
const FORMULA_START = /^[=+\-@\t\r]/;

function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `{ unit: 'month', count: 1 }` → `P1M`: ISO 8601, which spreadsheets and scripts read. */
function isoDuration(period: Period): string {
  const designator = { day: 'D', week: 'W', month: 'M', year: 'Y' }[period.unit];
  return `P${period.count}${designator}`;
}
