import { defineCarrier } from './define-carrier';

// Facts from memory and from third-party pages about Kena Mobile (TIM's low-cost brand);
// none checked against the live site yet (our build machines have no internet). Re-check
// each `unverified`.
export default defineCarrier({
  id: 'kena',
  name: 'Kena Mobile',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // Kena offers renew every month from the credit.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://www.kenamobile.it/ricarica/',
  support: {
    phone: '181',
    phoneNote: 'from a Kena line',
    url: 'https://www.kenamobile.it/assistenza/',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.kenamobile.it/assistenza/',
    note: 'in a Kena point of sale with an ID document',
    source: 'unverified',
  },
  // Third-party guides say: 12 months without a top-up, then 30 days receive-only, then the
  // line is closed. We warn at the 12 months.
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.kenamobile.it/*', 'https://*.kenamobile.it/*'],
  autofill: {
    topUpUrls: ['https://www.kenamobile.it/ricarica/'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 50],
    source: 'unverified',
  },
});
