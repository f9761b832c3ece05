import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Very Mobile (WindTre's low-cost brand); none
// checked against the live site yet (our build machines have no internet). Re-check each
// `unverified`.
export default defineCarrier({
  id: 'very-mobile',
  name: 'Very Mobile',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // Very offers are priced and renewed monthly.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://verymobile.it/ricarica',
  // Very works mostly through its app and chat; we do not know a support number we trust.
  support: { url: 'https://verymobile.it/assistenza', source: 'unverified' },
  simReplacement: { url: 'https://verymobile.it/assistenza', source: 'unverified' },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://verymobile.it/*', 'https://*.verymobile.it/*'],
  autofill: {
    topUpUrls: ['https://verymobile.it/ricarica'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 30, 50],
    source: 'unverified',
  },
});
