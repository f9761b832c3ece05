import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of WindTre's prepaid offers; none checked against
// the live site yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'windtre',
  name: 'WINDTRE',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // Italian mobile offers went back to monthly renewals in 2018; some older ones may still
  // renew every 4 weeks.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  // The online top-up page ("Ricarica online"), where Renew leads; unverified.
  renewalUrl: 'https://www.windtre.it/ricarica-online/',
  support: {
    phone: '155',
    phoneNote: 'from a WINDTRE line',
    url: 'https://www.windtre.it/assistenza/',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.windtre.it/assistenza/',
    note: 'in a WINDTRE shop with an ID document',
    source: 'unverified',
  },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.windtre.it/*', 'https://*.windtre.it/*'],
  autofill: {
    topUpUrls: ['https://www.windtre.it/ricarica-online/'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 50],
    source: 'unverified',
  },
});
