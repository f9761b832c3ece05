import { defineCarrier } from './define-carrier';

// Facts from memory and from third-party pages about ho. (Vodafone's low-cost brand); none
// checked against the live site yet (our build machines have no internet). Re-check each
// `unverified`.
export default defineCarrier({
  id: 'ho-mobile',
  name: 'ho. Mobile',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // ho. offers are priced and renewed monthly.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://www.ho-mobile.it/ricarica.html',
  // The customer service is 192 121 ("19.21.21"), not 192.
  support: { phone: '192121', phoneNote: 'from an ho. line', url: 'https://supporto.ho-mobile.it/', source: 'unverified' },
  // A lost SIM is suspended by phone and replaced in an ho. shop (ID, codice fiscale, police report).
  simReplacement: {
    phone: '800 688 788',
    phoneNote: 'to suspend a lost SIM from any Italian line; +39 346 4448921 from abroad',
    url: 'https://www.ho-mobile.it/trova-negozio.html',
    source: 'unverified',
  },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.ho-mobile.it/*', 'https://*.ho-mobile.it/*'],
  autofill: {
    topUpUrls: ['https://www.ho-mobile.it/ricarica.html'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 30, 50],
    source: 'unverified',
  },
});
