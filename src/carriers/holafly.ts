import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Holafly; none checked against the live site yet
// (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'holafly',
  name: 'Holafly',
  kind: 'esim-seller',
  coverage: 'global',
  // Sellers show expiry in the device's own time rather than a zone of their own (unverified);
  // UTC is the neutral choice until someone checks.
  timeZone: 'UTC',
  // Holafly sells plans by number of days (often 5 to 90); 30 is a common choice.
  period: { unit: 'day', count: 30 },
  // Holafly is a Spanish company and prices in euros by default (it also shows other currencies).
  currency: 'EUR',
  renewalUrl: 'https://esim.holafly.com/',
  support: { url: 'https://esim.holafly.com/', source: 'unverified' },
  simReplacement: { url: 'https://esim.holafly.com/', source: 'unverified' },
  // No dormancy: a data-only eSIM has no number to keep.
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: [],
  autofill: false,
});
