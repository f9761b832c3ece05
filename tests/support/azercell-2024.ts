import type { ValidityTable } from '../../src/plans/validity-by-amount';

/**
 * Azercell's validity table since July 2024, as the product brief gives it (unverified).
 * The maths tests use this copy, not src/carriers/azercell.ts, so a change of carrier data
 * does not break them; registry.test.ts checks the carrier file itself.
 */
export const AZERCELL_2024: ValidityTable = [
  { amount: 1, days: 5 },
  { amount: 2, days: 10 },
  { amount: 3, days: 20 },
  { amount: 5, days: 30 },
  { amount: 10, days: 60 },
  { amount: 25, days: 90 },
  { amount: 50, days: 120 },
  { amount: 100, days: 120 },
];
