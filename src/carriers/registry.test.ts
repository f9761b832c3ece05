// Contract test over the carrier data (STYLE.md, "Contract tests over data").
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertValidRegistry, carrierSchema, type Carrier } from './carrier-schema';
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
  ])('refuses %s', (_case, change) => {
    expect(carrierSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
