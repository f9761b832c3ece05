import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Ubigi (Transatel); none checked against the live
// site yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'ubigi',
  name: 'Ubigi',
  kind: 'esim-seller',
  coverage: 'global',
  // Sellers show expiry in the device's own time rather than a zone of their own (unverified);
  // UTC is the neutral choice until someone checks.
  timeZone: 'UTC',
  // Most Ubigi plans run 30 days; shorter and yearly ones exist.
  period: { unit: 'day', count: 30 },
  currency: 'USD',
  renewalUrl: 'https://cellulardata.ubigi.com/',
  support: { url: 'https://cellulardata.ubigi.com/', source: 'unverified' },
  simReplacement: { url: 'https://cellulardata.ubigi.com/', source: 'unverified' },
  // No dormancy: a data-only eSIM has no number to keep.
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: [],
  autofill: false,
});
