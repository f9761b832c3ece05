import type { Carrier } from '../carriers/carrier-schema';

/** One row of a carrier's table: a top-up of `amount` (carrier's currency) buys `days`. */
export type DatedValidityTable = NonNullable<Carrier['validityByAmount']>[number];
export type ValidityRow = DatedValidityTable['table'][number];
export type ValidityTable = readonly ValidityRow[];

/**
 * The table in effect on a date (`YYYY-MM-DD`, the carrier's local date of the top-up):
 * the newest one that had taken effect by then. Before the first: undefined — we do not
 * know what a top-up bought then.
 */
export function validityTableOn(tables: readonly DatedValidityTable[] | undefined, date: string): ValidityTable | undefined {
  let inEffect: DatedValidityTable | undefined;
  for (const table of tables ?? []) {
    if (table.since <= date && (inEffect === undefined || table.since > inEffect.since)) inEffect = table;
  }
  return inEffect?.table;
}

// Amounts are decimals that may come out of sums (0.7 + 0.1 = 0.7999…); a row is reached
// when the amount is within this of it.
const TOLERANCE = 1e-9;

/**
 * Days of validity a top-up of `amount` buys, by the carrier's table (Azercell: 5 AZN →
 * 30 days). An amount between two rows buys what the largest row not above it buys
 * (7 AZN → 30 days, as 5 AZN). That is our assumption, not verified with any carrier: it
 * never promises more than a listed amount gives. Below the smallest row: undefined.
 */
export function validityDaysForAmount(table: ValidityTable, amount: number): number | undefined {
  if (!Number.isFinite(amount)) return undefined;
  let best: ValidityRow | undefined;
  for (const row of table) {
    if (amount + TOLERANCE >= row.amount && (best === undefined || row.amount > best.amount)) best = row;
  }
  return best?.days;
}
