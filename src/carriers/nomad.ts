import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Nomad; none checked against the live site yet
// (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'nomad',
  name: 'Nomad',
  kind: 'esim-seller',
  coverage: 'global',
  // Sellers show expiry in the device's own time rather than a zone of their own (unverified);
  // UTC is the neutral choice until someone checks.
  timeZone: 'UTC',
  // Most Nomad plans run 30 days; add-ons extend data within a plan.
  period: { unit: 'day', count: 30 },
  currency: 'USD',
  renewalUrl: 'https://www.getnomad.app/',
  support: { url: 'https://www.getnomad.app/', source: 'unverified' },
  simReplacement: { url: 'https://www.getnomad.app/', source: 'unverified' },
  // No dormancy: a data-only eSIM has no number to keep.
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: [],
  autofill: false,
});
