import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of TIM's prepaid offers; none checked against
// the live site yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'tim',
  name: 'TIM',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // Most TIM prepaid offers renew every 4 weeks or every month.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://www.tim.it/ricarica',
  support: { phone: '119', phoneNote: 'from a TIM line', url: 'https://www.tim.it/assistenza', source: 'unverified' },
  simReplacement: { url: 'https://www.tim.it/assistenza', note: 'in a TIM shop with an ID document', source: 'unverified' },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.tim.it/*', 'https://*.tim.it/*'],
  autofill: {
    topUpUrls: ['https://www.tim.it/ricarica'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [10, 15, 25, 50],
    source: 'unverified',
  },
});
