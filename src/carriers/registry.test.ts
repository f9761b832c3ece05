// Contract test over the carrier data (STYLE.md, "Contract tests over data").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidRegistry, carrierSchema, type Carrier } from './carrier-schema';
import { CUSTOM_CARRIER_ID } from '../plans/plan';
import { isFillableKind, isPaymentKind, type FieldKind } from '../autofill/field-kind';
import { carrierById, carrierForUrl, carriers, contentScriptMatches } from './registry';
import { FIXTURES_ROOT, fixtureExpectations, type FixtureExpectation } from '../../tests/support/fixture-expectations';

// A carrier file is one that declares a carrier; helpers (define-carrier.ts, registry.ts,
// fill-carrier.ts…) live beside them.
const carrierFiles = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .filter((file) => /export default defineCarrier\(/.test(readFileSync(path.join(import.meta.dirname, file), 'utf8')))
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
    ['https://www.windtre.it/ricarica-online/', 'windtre'],
    ['https://www.ho-mobile.it/ricarica.html', 'ho-mobile'], // Vodafone's brand, on hosts of its own
    ['https://verymobile.it/ricarica', 'very-mobile'],
    ['https://www.vodafone.com/', undefined], // Vodafone Italia only, not the group
    ['https://www.iliad.fr/', undefined], // Iliad Italia only
    ['https://www.azercell.com/az/personal/balans-artirma', 'azercell'],
    ['https://nar.az/', 'nar'],
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

});

// The autofill contract (STYLE.md principles 8 and 12): a carrier with a fill form names its
// own hosts, tops up on them, and has at least one local fixture page, written to resemble its
// site, whose expected file states what the page asks for; explicit selectors match exactly
// once in such a page.
const fillCarriers = carriers.filter((carrier) => carrier.autofill !== false);
const formOf = (carrier: Carrier) => {
  if (carrier.autofill === false) throw new Error(`${carrier.id} has no fill form`);
  return carrier.autofill;
};

/** How a country's carriers write a mobile number, as the carrier files state it. */
const PHONE_BY_COUNTRY: Record<string, { countryCode: string; nationalDigits: number; trunkPrefix: string; splits: boolean }> = {
  IT: { countryCode: '39', nationalDigits: 10, trunkPrefix: '', splits: false },
  AZ: { countryCode: '994', nationalDigits: 9, trunkPrefix: '0', splits: true },
};

// Parsed without running scripts: selectors are checked against the pages' static markup.
const parser = new Window({
  url: 'https://fixtures.invalid/',
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});
afterAll(() => parser.happyDOM.close());

type StaticRoot = ReturnType<InstanceType<typeof parser.DOMParser>['parseFromString']>;

/** The page's document and the documents of its `srcdoc` iframes (same-origin content). */
function staticRoots(html: string): StaticRoot[] {
  const document = new parser.DOMParser().parseFromString(html, 'text/html');
  const frames = [...document.querySelectorAll('iframe[srcdoc]')].map((frame) =>
    new parser.DOMParser().parseFromString(frame.getAttribute('srcdoc') ?? '', 'text/html'),
  );
  return [document, ...frames];
}
const countIn = (roots: StaticRoot[], selector: string) => roots.reduce((sum, root) => sum + root.querySelectorAll(selector).length, 0);

/**
 * Fixtures whose controls a script builds, so their static markup cannot show them; their
 * selectors are checked in real Chromium by tests/e2e/autofill-core.spec.ts instead.
 */
const SCRIPT_BUILT_FIXTURES: Record<string, string> = {
  'carriers/fastweb/ricarica.html': 'the form is rendered 500 ms after load and re-rendered 300 ms later',
  'carriers/nar/balans-artirma.html': 'the form lives in an open shadow root that a script attaches',
};

let fixtures: FixtureExpectation[] = [];
let fixturesProblem: unknown;
try {
  fixtures = fixtureExpectations();
} catch (error) {
  fixturesProblem = error;
}
const fixturesOf = (id: string) => fixtures.filter((fixture) => fixture.file.startsWith(`carriers/${id}/`));

describe('carrier fill forms', () => {
  it('runs the content script only on the hosts of carriers with a fill form', () => {
    expect(contentScriptMatches()).toEqual([...new Set(fillCarriers.flatMap((carrier) => carrier.matches))]);
    expect(fillCarriers.map((carrier) => carrier.id)).toEqual([...ITALIAN_IDS, ...AZERBAIJANI_IDS]);
  });

  it.each(named(byKind('esim-seller')))('%s (a seller, topping up inside its account) gets no hosts and no fill form', (_id, carrier) => {
    expect(carrier.matches).toEqual([]);
    expect(carrier.autofill).toBe(false);
  });

  it.each(named(fillCarriers))('%s names its hosts, and each belongs to it alone', (id, carrier) => {
    expect(carrier.matches.length).toBeGreaterThan(0);
    for (const pattern of carrier.matches) {
      const host = new URL(pattern.replace('*.', 'www.')).hostname;
      expect(carrierForUrl(`https://${host}/`)?.id, pattern).toBe(id);
    }
  });

  it.each(named(fillCarriers))('%s tops up and renews on its own hosts', (id, carrier) => {
    const form = formOf(carrier);
    for (const url of form.topUpUrls) expect(carrierForUrl(url)?.id, url).toBe(id);
    expect(carrierForUrl(carrier.renewalUrl)?.id, carrier.renewalUrl).toBe(id);
  });

  it.each(named(fillCarriers))('%s writes numbers the way its country does', (_id, carrier) => {
    const expected = PHONE_BY_COUNTRY[carrier.country ?? ''];
    expect(expected, `add ${carrier.country} to PHONE_BY_COUNTRY`).toBeDefined();
    const { phone } = formOf(carrier);
    expect(phone).toMatchObject({ countryCode: expected!.countryCode, nationalDigits: expected!.nationalDigits, trunkPrefix: expected!.trunkPrefix });
    expect(phone.splitPrefixes !== undefined, 'split prefixes where the country’s forms split numbers').toBe(expected!.splits);
    for (const prefix of phone.splitPrefixes ?? []) expect(prefix.startsWith(phone.trunkPrefix), prefix).toBe(true);
  });

  it('gives each Azerbaijani carrier its own operator prefixes', () => {
    expect(AZERBAIJANI_IDS.map((id) => [id, formOf(carrierById(id)!).phone.splitPrefixes])).toEqual([
      ['azercell', ['050', '051', '010']],
      ['bakcell', ['055', '099']],
      ['nar', ['070', '077']],
    ]);
  });

  it.each(named(fillCarriers))('%s has a fixture page on its hosts, with an expected file', (id) => {
    const own = fixturesOf(id).filter((fixture) => fixture.carrierId === id && carrierForUrl(fixture.url)?.id === id);
    expect(own.length, `add tests/fixtures/carriers/${id}/<page>.html and <page>.expected.json`).toBeGreaterThan(0);
  });

  it.each(named(fillCarriers.filter((carrier) => formOf(carrier).selectors !== undefined)))(
    '%s: each explicit selector matches exactly once in one of its fixture pages',
    (id, carrier) => {
      const pages = fixturesOf(id).map((fixture) => staticRoots(fixture.html));
      for (const [kind, selectors] of Object.entries(formOf(carrier).selectors ?? {})) {
        for (const selector of selectors) {
          expect(
            pages.some((roots) => countIn(roots, selector) === 1),
            `${kind}: ${selector} matches exactly once in a page under tests/fixtures/carriers/${id}/`,
          ).toBe(true);
        }
      }
    },
  );
});

describe('fixture pages', () => {
  it('all have expected files that parse', () => {
    expect(fixturesProblem).toBeUndefined();
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it('have an expected file beside every carrier and hostile page', () => {
    for (const folder of ['carriers', 'hostile']) {
      const pages = readdirSync(path.join(FIXTURES_ROOT, folder), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
      for (const page of pages) {
        expect(existsSync(path.join(FIXTURES_ROOT, folder, page.replace(/\.html$/, '.expected.json'))), `${folder}/${page}`).toBe(true);
      }
    }
  });

  it('allow-lists only fixtures that exist', () => {
    for (const file of Object.keys(SCRIPT_BUILT_FIXTURES)) expect(fixtures.map((fixture) => fixture.file)).toContain(file);
  });

  describe.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s', (file, fixture) => {
    const carrier = fixture.carrierId === null ? undefined : carrierById(fixture.carrierId);

    it('says at the top that it is written to resemble the site, not copied, and where it is served', () => {
      const header = /^\s*<!doctype html>\s*<!--([\s\S]*?)-->/i.exec(fixture.html)?.[1] ?? '';
      expect(header).toMatch(/resemble/);
      expect(header).toMatch(/not\s+copied/);
      expect(header).toContain(fixture.url);
    });

    it('is served on its carrier’s hosts, with its country’s values', () => {
      if (file.startsWith('carriers/')) expect(fixture.carrierId).toBe(file.split('/')[1]);
      expect(carrier, `carrier ${fixture.carrierId}`).toBeDefined();
      expect(carrierForUrl(fixture.url)?.id).toBe(carrier!.id);
      expect(fixture.values).toBe(carrier!.country);
    });

    it('keeps every payment field and every field we never fill in mustStayEmpty, and lists those in fields', () => {
      for (const [selector, kind] of Object.entries(fixture.fields)) {
        if (isPaymentKind(kind as FieldKind) || !isFillableKind(kind as FieldKind)) expect(fixture.mustStayEmpty, `${selector} (${kind})`).toContain(selector);
      }
      for (const selector of fixture.mustStayEmpty) expect(Object.keys(fixture.fields), selector).toContain(selector);
    });

    it('names elements of its page with valid selectors', () => {
      const roots = staticRoots(fixture.html);
      const selectors = [...Object.keys(fixture.fields), ...fixture.mustStayEmpty, ...Object.keys(fixture.expectedFill)];
      for (const selector of selectors) expect(() => countIn(roots, selector), selector).not.toThrow();
      if (file in SCRIPT_BUILT_FIXTURES) return; // its script builds the controls; checked in Chromium
      for (const selector of Object.keys(fixture.fields)) expect(countIn(roots, selector), `fields: ${selector}`).toBe(1);
      for (const selector of [...fixture.mustStayEmpty, ...Object.keys(fixture.expectedFill)]) {
        expect(countIn(roots, selector), selector).toBeGreaterThan(0);
      }
    });
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
