import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of PosteMobile (Poste Italiane); none checked
// against the live site yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'postemobile',
  name: 'PosteMobile',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // PosteMobile "Creami" offers renew monthly from the credit.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://www.postemobile.it/ricarica',
  support: {
    phone: '160',
    phoneNote: 'from a PosteMobile line',
    url: 'https://www.postemobile.it/assistenza',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.postemobile.it/assistenza',
    note: 'at a post office with an ID document',
    source: 'unverified',
  },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.postemobile.it/*', 'https://*.postemobile.it/*'],
  autofill: {
    topUpUrls: ['https://www.postemobile.it/ricarica'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 30, 50],
    source: 'unverified',
  },
});
