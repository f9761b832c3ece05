import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of CoopVoce; none checked against the live site
// yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'coopvoce',
  name: 'CoopVoce',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // CoopVoce offers are priced per month; some may renew every 30 days instead.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://www.coopvoce.it/ricarica',
  support: {
    phone: '189',
    phoneNote: 'from a CoopVoce line',
    url: 'https://www.coopvoce.it/assistenza',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.coopvoce.it/assistenza',
    note: 'at a Coop shop with an ID document',
    source: 'unverified',
  },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: [],
  autofill: false,
});
