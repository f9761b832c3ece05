import { defineCarrier } from './define-carrier';

// Facts from memory and from third-party news about Bakcell's prepaid lines; none checked
// against the live site yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'bakcell',
  name: 'Bakcell',
  kind: 'carrier',
  country: 'AZ',
  timeZone: 'Asia/Baku',
  // Bakcell's prepaid tariffs mostly renew every 30 days (some weekly).
  period: { unit: 'day', count: 30 },
  currency: 'AZN',
  // The online top-up page ("Balans artırma"), where Renew leads; unverified.
  renewalUrl: 'https://www.bakcell.com/az/balans-artirma',
  support: {
    phone: '555',
    phoneNote: 'information centre, from a Bakcell line',
    url: 'https://www.bakcell.com/',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.bakcell.com/',
    note: 'in a Bakcell shop with an ID document',
    source: 'unverified',
  },
  // A 2016 news report: when a top-up's validity ends the line is one-way blocked, and 30 days
  // later it moves on towards closure. We take that earlier point on purpose: a warning too
  // early costs little, a lost number costs a lot.
  dormancy: { rule: 'daysAfterValidity', days: 30, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.bakcell.com/*', 'https://*.bakcell.com/*'],
  autofill: {
    topUpUrls: ['https://www.bakcell.com/az/balans-artirma'],
    phone: { countryCode: '994', nationalDigits: 9, trunkPrefix: '0', splitPrefixes: ['055', '099'] },
    amounts: [1, 3, 5, 10, 20],
    source: 'unverified',
  },
});
