import { defineCarrier } from './define-carrier';

// Facts from memory and from third-party news about Nar (Azerfon)'s prepaid lines; none
// checked against the live site yet (our build machines have no internet). Re-check each
// `unverified`.
export default defineCarrier({
  id: 'nar',
  name: 'Nar',
  kind: 'carrier',
  country: 'AZ',
  timeZone: 'Asia/Baku',
  // Nar's prepaid tariff packs mostly renew every 30 days (some daily or weekly).
  period: { unit: 'day', count: 30 },
  currency: 'AZN',
  // The online top-up page ("Balans artırma"), where Renew leads; unverified.
  renewalUrl: 'https://www.nar.az/az/balans-artirma',
  support: { url: 'https://www.nar.az/', source: 'unverified' },
  simReplacement: {
    url: 'https://www.nar.az/',
    note: 'in a Nar sales and service centre with an ID document',
    source: 'unverified',
  },
  // A 2008 report: after the validity, 180 days one-way blocked, then 90 days two-way blocked,
  // then closed. We warn at the first 180 days; the rule may well have changed since.
  dormancy: { rule: 'daysAfterValidity', days: 180, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.nar.az/*', 'https://*.nar.az/*'],
  autofill: {
    topUpUrls: ['https://www.nar.az/az/balans-artirma'],
    phone: { countryCode: '994', nationalDigits: 9, trunkPrefix: '0', splitPrefixes: ['070', '077'] },
    amounts: [1, 3, 5, 10, 20],
    source: 'unverified',
  },
});
