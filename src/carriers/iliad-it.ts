import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Iliad Italia's offers; none checked against
// the live site yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'iliad-it',
  name: 'Iliad',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // Iliad offers renew every month, from the credit or the card or account on file.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  // Iliad also tops up from the personal area (https://www.iliad.it/account/).
  renewalUrl: 'https://www.iliad.it/ricarica.html',
  support: {
    phone: '177',
    phoneNote: 'from an Iliad line',
    url: 'https://www.iliad.it/assistenza.html',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.iliad.it/assistenza.html',
    note: 'at an Iliad store or Simbox with an ID document',
    source: 'unverified',
  },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.iliad.it/*', 'https://*.iliad.it/*'],
  autofill: {
    topUpUrls: ['https://www.iliad.it/ricarica.html'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 30, 50],
    source: 'unverified',
  },
});
