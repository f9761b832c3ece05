import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Fastweb Mobile; none checked against the live
// site yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'fastweb',
  name: 'Fastweb',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // Fastweb Mobile offers are monthly, usually charged to a card or account rather than credit.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://www.fastweb.it/ricarica/',
  support: {
    phone: '192193',
    phoneNote: 'Fastweb customer service',
    url: 'https://www.fastweb.it/assistenza/',
    source: 'unverified',
  },
  simReplacement: { url: 'https://www.fastweb.it/assistenza/', source: 'unverified' },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.fastweb.it/*', 'https://*.fastweb.it/*'],
  autofill: {
    topUpUrls: ['https://www.fastweb.it/ricarica/'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 50],
    source: 'unverified',
  },
});
