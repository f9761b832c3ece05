// Contract test over the carrier data (STYLE.md, "Contract tests over data").
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertValidRegistry, carrierSchema, type Carrier } from './carrier-schema';
import { CUSTOM_CARRIER_ID } from '../plans/plan';
import { carrierById, carrierForUrl, carriers, contentScriptMatches } from './registry';

const NOT_CARRIER_FILES = new Set(['define-carrier.ts', 'carrier-schema.ts', 'registry.ts']);
const carrierFiles = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !NOT_CARRIER_FILES.has(file))
  .map((file) => file.slice(0, -'.ts'.length));

describe('carrier registry', () => {
  it('lists every carrier file, and each id equals its file name', async () => {
    expect(carriers.map((carrier) => carrier.id).sort()).toEqual(carrierFiles.sort());
    for (const id of carrierFiles) {
      const module = (await import(`./${id}.ts`)) as { default: Carrier };
      expect(module.default.id).toBe(id);
    }
  });

  it('has unique ids', () => {
    const ids = carriers.map((carrier) => carrier.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds only valid carriers', () => {
    for (const carrier of carriers) expect(carrierSchema.safeParse(carrier).success, carrier.id).toBe(true);
    expect(() => assertValidRegistry(carriers)).not.toThrow();
  });

  it('starts with TIM on its Italian hosts', () => {
    expect(carrierById('tim')).toMatchObject({ name: 'TIM', country: 'IT', timeZone: 'Europe/Rome' });
    expect(contentScriptMatches()).toEqual(expect.arrayContaining(['https://www.tim.it/*', 'https://*.tim.it/*']));
  });

  it('computes content-script matches from the registry, without duplicates', () => {
    const a = { ...carrierById('tim')!, id: 'a', matches: ['https://a.example.it/*', 'https://*.shared.it/*'] };
    const b = { ...carrierById('tim')!, id: 'b', matches: ['https://*.shared.it/*'] };
    const none = { ...carrierById('tim')!, id: 'none', matches: [] };
    expect(contentScriptMatches([a, b, none])).toEqual(['https://a.example.it/*', 'https://*.shared.it/*']);
  });

  it.each([
    ['https://www.tim.it/ricarica', 'tim'],
    ['https://tim.it/', 'tim'],
    ['https://mytim.tim.it/area-clienti?x=1', 'tim'],
    ['http://www.tim.it/ricarica', undefined], // never on plain http
    ['https://www.tim.it.evil.example/ricarica', undefined],
    ['https://nottim.it/', undefined],
    ['https://example.org/?u=https://www.tim.it/', undefined],
    ['not a url', undefined],
  ])('recognises %s as %s', (url, expected) => {
    expect(carrierForUrl(url)?.id).toBe(expected);
  });
});

// Ids are stored in backups, so these never change and never disappear.
const ITALIAN_IDS = [
  'tim',
  'windtre',
  'vodafone-it',
  'iliad-it',
  'ho-mobile',
  'kena',
  'very-mobile',
  'fastweb',
  'postemobile',
  'coopvoce',
];
const AZERBAIJANI_IDS = ['azercell', 'bakcell', 'nar'];
const SELLER_IDS = ['airalo', 'holafly', 'nomad', 'ubigi'];

/** The zone and currency every carrier of a country states its dates and prices in. */
const COUNTRY_ZONE_AND_CURRENCY: Record<string, { timeZone: string; currency: string }> = {
  IT: { timeZone: 'Europe/Rome', currency: 'EUR' },
  AZ: { timeZone: 'Asia/Baku', currency: 'AZN' },
};

const byKind = (kind: Carrier['kind']) => carriers.filter((carrier) => carrier.kind === kind);
const named = (list: readonly Carrier[]) => list.map((carrier) => [carrier.id, carrier] as const);

describe('carrier data', () => {
  it.each([
    ...ITALIAN_IDS.map((id) => [id, 'IT'] as const),
    ...AZERBAIJANI_IDS.map((id) => [id, 'AZ'] as const),
  ])('keeps the carrier %s, in %s', (id, country) => {
    expect(carrierById(id)).toMatchObject({ id, kind: 'carrier', country });
  });

  it.each(SELLER_IDS)('keeps the eSIM seller %s', (id) => {
    expect(carrierById(id)).toMatchObject({ id, kind: 'esim-seller' });
  });

  it.each(named(carriers.filter((carrier) => carrier.country !== undefined)))(
    '%s states dates and prices in its country’s zone and currency',
    (_id, carrier) => {
      expect(COUNTRY_ZONE_AND_CURRENCY[carrier.country!], `add ${carrier.country} to COUNTRY_ZONE_AND_CURRENCY`).toBeDefined();
      expect(carrier).toMatchObject(COUNTRY_ZONE_AND_CURRENCY[carrier.country!]!);
    },
  );

  it.each(named(byKind('carrier')))('%s says how long its number lives without top-ups', (_id, carrier) => {
    expect(carrier.dormancy).toBeDefined();
  });

  it.each(named(byKind('esim-seller')))('%s names its coverage and has no number to keep alive', (_id, carrier) => {
    expect(carrier.coverage).toBeDefined();
    expect(carrier.dormancy).toBeUndefined();
  });

  it.each(named(carriers))('%s renews on an https page that is not a scaffold placeholder', (_id, carrier) => {
    const renewalPage = new URL(carrier.renewalUrl);
    expect(renewalPage.protocol).toBe('https:');
    // scripts/new-carrier.ts writes example.invalid until someone fills in the real page.
    expect(renewalPage.hostname).not.toMatch(/\.invalid$/);
  });

  it('lists Italian carriers first (TIM leading), then Azerbaijani ones, other countries, eSIM sellers', () => {
    const group = (carrier: Carrier) => {
      if (carrier.kind === 'esim-seller') return 3;
      if (carrier.country === 'IT') return 0;
      return carrier.country === 'AZ' ? 1 : 2;
    };
    const groups = carriers.map(group);
    expect(carriers[0]?.id).toBe('tim');
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
  });

  it('keeps `custom` free for plans outside the registry', () => {
    expect(carrierById(CUSTOM_CARRIER_ID)).toBeUndefined();
    expect(carrierFiles).not.toContain(CUSTOM_CARRIER_ID);
  });

  it('knows the Azercell validity bought per top-up amount since July 2024, and the 180 days after it', () => {
    const azercell = carrierById('azercell');
    expect(azercell?.validityByAmount?.[0]?.since).toBe('2024-07-01');
    expect(azercell?.validityByAmount?.[0]?.table).toEqual([
      { amount: 1, days: 5 },
      { amount: 2, days: 10 },
      { amount: 3, days: 20 },
      { amount: 5, days: 30 },
      { amount: 10, days: 60 },
      { amount: 25, days: 90 },
      { amount: 50, days: 120 },
      { amount: 100, days: 120 },
    ]);
    expect(azercell?.dormancy).toMatchObject({ rule: 'daysAfterValidity', days: 180 });
  });

  it('runs the content script on TIM’s hosts only, until other carriers have checked fill forms', () => {
    expect(contentScriptMatches()).toEqual(['https://www.tim.it/*', 'https://*.tim.it/*']);
  });
});

describe('carrier schema', () => {
  const valid: Carrier = {
    id: 'example-mobile',
    name: 'Example Mobile',
    kind: 'carrier',
    country: 'IT',
    timeZone: 'Europe/Rome',
    period: { unit: 'month', count: 1 },
    currency: 'EUR',
    renewalUrl: 'https://www.example.it/ricarica',
    support: { phone: '+39 06 000000', source: 'unverified' },
    simReplacement: { url: 'https://www.example.it/sim', source: 'unverified' },
    dormancy: { rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' },
    sources: { renewalUrl: 'unverified', period: 'unverified' },
    matches: ['https://www.example.it/*'],
    autofill: {
      topUpUrls: ['https://www.example.it/ricarica'],
      phone: { countryCode: '39', nationalDigits: 10, trunkPrefix: '' },
      amounts: [10, 20],
      selectors: { tel: ['#numero'] },
      source: 'unverified',
    },
  };

  it('accepts a well-formed carrier', () => {
    expect(carrierSchema.parse(valid)).toEqual(valid);
  });

  it('names every problem of a bad registry, and duplicate ids', () => {
    expect(() => assertValidRegistry([valid, { ...valid, matches: ['<all_urls>'] }])).toThrow(/carrier example-mobile: matches.0/);
    expect(() => assertValidRegistry([valid, valid])).toThrow(/carrier example-mobile: the id is used twice/);
  });

  it.each<[string, Partial<Carrier>]>([
    ['all URLs', { matches: ['<all_urls>'] }],
    ['every https site', { matches: ['https://*/*'] }],
    ['plain http', { matches: ['http://www.example.it/*'] }],
    ['a path-limited pattern we do not expect', { matches: ['https://www.example.it'] }],
    ['an id that is not kebab-case', { id: 'Example_Mobile' }],
    ['a renewal page over http', { renewalUrl: 'http://www.example.it/ricarica' }],
    ['a lower-case country', { country: 'it' }],
    ['a time zone that does not exist', { timeZone: 'Europe/Atlantis' }],
    ['a fill form without hosts', { matches: [] }],
    ['hosts without a fill form', { autofill: false }],
    ['a selector for a kind we never fill', { autofill: { ...(valid.autofill as object), selectors: { 'cc-number': ['#card'] } } as unknown as Carrier['autofill'] }],
    ['amounts out of order', { autofill: { ...(valid.autofill as object), amounts: [20, 10] } as unknown as Carrier['autofill'] }],
  ])('refuses %s', (_case, change) => {
    expect(carrierSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
