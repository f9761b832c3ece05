import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of CoopVoce; none checked against the live site
// yet (our build machines have no internet). Re-check each `unverified`.
export default defineCarrier({
  id: 'coopvoce',
  name: 'CoopVoce',
  kind: 'carrier',
  country: 'IT',
  timeZone: 'Europe/Rome',
  // CoopVoce offers are priced per month; some may renew every 30 days instead.
  period: { unit: 'month', count: 1 },
  currency: 'EUR',
  renewalUrl: 'https://www.coopvoce.it/ricarica',
  support: {
    phone: '189',
    phoneNote: 'from a CoopVoce line',
    url: 'https://www.coopvoce.it/assistenza',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.coopvoce.it/assistenza',
    note: 'at a Coop shop with an ID document',
    source: 'unverified',
  },
  dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.coopvoce.it/*', 'https://*.coopvoce.it/*'],
  autofill: {
    topUpUrls: ['https://www.coopvoce.it/ricarica'],
    phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
    amounts: [5, 10, 15, 20, 25, 50],
    // The top-up form comes from a form builder: generated ids and names (`fld-7c1e9a`,
    // `f_01`), captions in plain <span>s not tied to their fields, no placeholders. Only
    // the builder's `data-qa` attributes say what each field is (as in our fixture
    // tests/fixtures/carriers/coopvoce/ricarica.html; unverified on the live site).
    selectors: {
      tel: ['input[data-qa="ricarica-numero"]'],
      'tel-confirm': ['input[data-qa="ricarica-conferma-numero"]'],
      'transaction-amount': ['select[data-qa="ricarica-taglio"]'],
      email: ['input[data-qa="ricarica-email"]'],
    },
    source: 'unverified',
  },
});
