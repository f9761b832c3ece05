import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Vodafone Italia's prepaid offers; none checked
// against the live site yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'vodafone-it',
  name: 'Vodafone',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // Italian mobile offers went back to monthly renewals in 2018; some older ones may still
  // renew every 4 weeks.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://www.vodafone.it/ricarica',
  support: {
    phone: '190',
    phoneNote: 'from a Vodafone line',
    url: 'https://www.vodafone.it/assistenza',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.vodafone.it/assistenza',
    note: 'in a Vodafone shop with an ID document',
    source: 'unverified',
  },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.vodafone.it/*', 'https://*.vodafone.it/*'],
  autofill: {
    topUpUrls: ['https://www.vodafone.it/ricarica'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 30, 50],
    source: 'unverified',
  },
});
