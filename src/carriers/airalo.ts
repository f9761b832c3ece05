import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Airalo; none checked against the live site yet
// (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'airalo',
  name: 'Airalo',
  kind: 'esim-seller',
  coverage: 'global',
  // Sellers show expiry in the device's own time rather than a zone of their own (unverified);
  // UTC is the neutral choice until someone checks.
  timeZone: 'UTC',
  // Most Airalo packages run 30 days; top-ups are bought from the eSIM's page in the account.
  period: { unit: 'day', count: 30 },
  currency: 'USD',
  renewalUrl: 'https://www.airalo.com/',
  support: { url: 'https://www.airalo.com/help', source: 'unverified' },
  simReplacement: { url: 'https://www.airalo.com/help', source: 'unverified' },
  // No dormancy: a data-only eSIM has no number to keep.
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: [],
  autofill: false,
});
