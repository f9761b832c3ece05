import type { FillValues } from '../../src/autofill/fill-values';

/**
 * The values every fixture's `expectedFill` is written for: what the background would send
 * for a plan with these facts (src/background builds them from a real plan the same way).
 */
export const TEST_VALUES: Record<'IT' | 'AZ', FillValues> = {
  // +39 333 123 4567, 10 €.
  IT: {
    phone: { international: '+393331234567', countryCode: '39', national: '3331234567', trunkPrefix: '' },
    email: 'viaggiatore@example.com',
    amount: { value: 10, currency: 'EUR' },
    name: { full: 'Maria Rossi', given: 'Maria', family: 'Rossi' },
    overwrite: false,
  },
  // +994 50 123 45 67, 10 AZN.
  AZ: {
    phone: {
      international: '+994501234567',
      countryCode: '994',
      national: '501234567',
      trunkPrefix: '0',
      areaCode: '050',
      local: '1234567',
    },
    email: 'seyahet@example.com',
    amount: { value: 10, currency: 'AZN' },
    name: { full: 'Aysel Məmmədova', given: 'Aysel', family: 'Məmmədova' },
    overwrite: false,
  },
};
