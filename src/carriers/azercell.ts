import { defineCarrier } from './define-carrier';

// Facts from memory and common knowledge of Azercell's prepaid (SimSim) lines; none checked
// against the live site (our build machines have no internet). The validity table and the
// "+ 180 days" rule were read on a stored copy of Azercell's press release of 1 June 2024
// (the `source` below), not on the live page. Re-check each fact.
//
// TODO(2026-11-22): Azerbaijani news (lent.az, 2 June 2025) reports a new table from
// 1 July 2025 (1 AZN → 1 day … 50 and 100 AZN → 50 days, validity + 90 days) and, from
// 19 June 2025, monthly tariff fees that keep the line active 30 days. Check azercell.com and
// add the new table below (with its `since` date) and update the dormancy if that is so.
const PRESS_RELEASE_2024 = 'https://www.azercell.com/en/about-us/press-releases/news/azercell-abuncilrinin-nzrin-danisiq-kartlari.html';

export default defineCarrier({
  id: 'azercell',
  name: 'Azercell',
  kind: 'carrier',
  country: 'AZ',
  timeZone: 'Asia/Baku',
  // Prepaid tariff packs run 30 days; a bare top-up buys the validity in the table below.
  period: { unit: 'day', count: 30 },
  currency: 'AZN',
  // The online top-up page ("Balans artırma"), where Renew leads; unverified.
  renewalUrl: 'https://www.azercell.com/az/personal/balans-artirma',
  support: {
    url: 'https://www.azercell.com/en/personal/help/complaint-handling.html',
    email: 'customercare@azercell.com',
    source: 'unverified',
  },
  simReplacement: {
    url: 'https://www.azercell.com/',
    note: 'in an Azercell shop with an ID document',
    source: 'unverified',
  },
  validityByAmount: [
    {
      since: '2024-07-01',
    table: [
      { amount: 1, days: 5 },
      { amount: 2, days: 10 },
      { amount: 3, days: 20 },
      { amount: 5, days: 30 },
      { amount: 10, days: 60 },
      { amount: 25, days: 90 },
      { amount: 50, days: 120 },
      { amount: 100, days: 120 },
      ],
      source: PRESS_RELEASE_2024,
    },
  ],
  // After a top-up's validity ends the number can still be topped up for 180 days; then it is lost.
  dormancy: { rule: 'daysAfterValidity', days: 180, source: PRESS_RELEASE_2024 },
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  matches: ['https://www.azercell.com/*', 'https://*.azercell.com/*'],
  autofill: {
    topUpUrls: ['https://www.azercell.com/az/personal/balans-artirma'],
    phone: { countryCode: '994', nationalDigits: 9, trunkPrefix: '0', splitPrefixes: ['050', '051', '010'] },
    amounts: [1, 3, 5, 10, 25, 50],
    source: 'unverified',
  },
});
