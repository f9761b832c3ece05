// Writes the stubs for a new carrier (STYLE.md, "Scaffold repeated work"):
//   npx tsx scripts/new-carrier.ts <id> "<Name>" <country>
// e.g. `npx tsx scripts/new-carrier.ts lyca-mobile-it "Lyca Mobile" IT`; the country `global`
// makes an eSIM seller. It writes src/carriers/<id>.ts with every fact marked unverified, adds
// the import and the entry to src/carriers/registry.ts, and — for a carrier, whose top-up
// form we fill — a fixture stub with its expected file. Then fill in the facts and run
// `npx vitest run src/carriers`: it fails until the renewal page and hosts are real.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Carrier } from '../src/carriers/define-carrier';
import { carriers } from '../src/carriers/registry';
import { CUSTOM_CARRIER_ID } from '../src/plans/plan';

/** What holds for every carrier of a country; a new country is added here first. */
const COUNTRIES: Record<string, { timeZone: string; currency: string; dormancy: string }> = {
  IT: { timeZone: 'Europe/Rome', currency: 'EUR', dormancy: "{ rule: 'monthsAfterLastTopUp', months: 12, source: 'unverified' }" },
  AZ: { timeZone: 'Asia/Baku', currency: 'AZN', dormancy: "{ rule: 'daysAfterValidity', days: 180, source: 'unverified' }" },
};

const root = new URL('..', import.meta.url);
const [id = '', name = '', country = ''] = process.argv.slice(2);
const isSeller = country === 'global';
const countryFacts = COUNTRIES[country];
const carrierPath = new URL(`src/carriers/${id}.ts`, root);
const fixtureDirectory = new URL(`tests/fixtures/carriers/${id}/`, root);
const registryPath = new URL('src/carriers/registry.ts', root);

function fail(message: string): never {
  console.error(`${message}\nUsage: npx tsx scripts/new-carrier.ts <id> "<Name>" <country code, or global for an eSIM seller>`);
  process.exit(1);
}

if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`"${id}" is not a kebab-case id (like "vodafone-it").`);
if (id === CUSTOM_CARRIER_ID) fail(`"${CUSTOM_CARRIER_ID}" is reserved for plans outside the registry.`);
if (existsSync(carrierPath) || carriers.some((carrier) => carrier.id === id)) fail(`src/carriers/${id}.ts exists already.`);
if (!isSeller && existsSync(fixtureDirectory)) fail(`tests/fixtures/carriers/${id}/ exists already.`);
if (name.trim() === '' || /[\r\n]/.test(name)) fail('Give the name a traveller knows the carrier by, on one line.');
if (!isSeller && !countryFacts) {
  fail(`No time zone and currency known for "${country}": add it to COUNTRIES in scripts/new-carrier.ts.`);
}

/** `vodafone-it` → `vodafoneIt`, the name registry.ts imports a carrier under. */
const variableName = (carrierId: string) => carrierId.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// registry.ts: the import goes in alphabetical order among the carrier imports; the entry
// after the last carrier of the same country (a seller after the last seller, a new country
// after the last carrier), so the display order stays Italy, Azerbaijan, others, sellers.
const lines = readFileSync(registryPath, 'utf8').split('\n');
const importLine = `import ${variableName(id)} from './${id}';`;
const carrierImports = lines.flatMap((line, index) => (/^import \w+ from '\.\/[a-z0-9-]+';$/.test(line) ? [index] : []));
if (carrierImports.length === 0) fail('Found no carrier imports in registry.ts; add the carrier by hand.');
lines.splice(carrierImports.find((index) => lines[index]! > importLine) ?? carrierImports.at(-1)! + 1, 0, importLine);

const lastOf = (wanted: (carrier: Carrier) => boolean) => carriers.filter(wanted).at(-1);
const neighbour = isSeller
  ? carriers.at(-1)
  : (lastOf((carrier) => carrier.country === country) ?? lastOf((carrier) => carrier.kind === 'carrier'));
const entryAt = neighbour ? lines.indexOf(`  ${variableName(neighbour.id)},`) : -1;
if (entryAt === -1) fail('Could not find where the entry goes in registry.ts; add the carrier by hand.');
lines.splice(entryAt + 1, 0, `  ${variableName(id)},`);

const placeholderPage = `https://${id}.example.invalid/`;
const where = isSeller
  ? `kind: 'esim-seller',
  coverage: 'global',
  // Sellers show expiry in the device's own time (unverified).
  timeZone: 'UTC',
  period: { unit: 'day', count: 30 },
  currency: 'USD',`
  : `kind: 'carrier',
  country: '${country}',
  timeZone: '${countryFacts!.timeZone}',
  period: { unit: 'month', count: 1 },
  currency: '${countryFacts!.currency}',`;
const placeholderHost = `${id}.example.invalid`;
const fixtureUrl = `https://${placeholderHost}/ricarica`;
const phone: Record<string, string> = {
  IT: "{ countryCode: '39', nationalDigits: 10, trunkPrefix: '' }",
  AZ: "{ countryCode: '994', nationalDigits: 9, trunkPrefix: '0', splitPrefixes: ['050'] }",
};
const autofill = isSeller
  ? `// Sellers top up inside an account: no content script, no host access.
  matches: [],
  autofill: false,`
  : `// The carrier's own hosts (never broad patterns): the content script runs there.
  matches: ['https://${placeholderHost}/*'],
  autofill: {
    topUpUrls: ['${fixtureUrl}'],
    phone: ${phone[country] ?? "{ countryCode: '0', nationalDigits: 9, trunkPrefix: '' }"},
    amounts: [5, 10, 20],
    source: 'unverified',
  },`;
const dormancy = isSeller ? '// No dormancy: a data-only eSIM has no number to keep.' : `dormancy: ${countryFacts!.dormancy},`;

writeFileSync(
  carrierPath,
  `import { defineCarrier } from './define-carrier';

// Written by scripts/new-carrier.ts: every fact below is a placeholder, none checked against
// the carrier's site. Fill in the real pages, period and rules; name a source where you can.
export default defineCarrier({
  id: '${id}',
  name: '${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}',
  ${where}
  renewalUrl: '${placeholderPage}',
  support: { url: '${placeholderPage}', source: 'unverified' },
  simReplacement: { url: '${placeholderPage}', source: 'unverified' },
  ${dormancy}
  sources: { renewalUrl: 'unverified', period: 'unverified' },
  ${autofill}
});
`,
);
writeFileSync(registryPath, lines.join('\n'));
if (!isSeller) {
  mkdirSync(fixtureDirectory, { recursive: true });
  writeFileSync(
    new URL('renewal.html', fixtureDirectory),
    `<!doctype html>
<!--
  Written to resemble ${escapeHtml(name)}'s renewal / top-up page, not copied from it: we
  cannot reach the live site from our machines. A stub from scripts/new-carrier.ts: give it
  the labels, markup habits and framework of the real page. Served at ${fixtureUrl}.
-->
<html>
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(name)}</title>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(name)}</h1>
      <form action="/renewal" method="post">
        <label for="number">Phone number</label>
        <input id="number" name="number" type="tel" />
        <label for="amount">Amount</label>
        <input id="amount" name="amount" type="number" />
      </form>
    </main>
  </body>
</html>
  `,
  );
  writeFileSync(
    new URL('renewal.expected.json', fixtureDirectory),
    `${JSON.stringify(
      {
        url: fixtureUrl,
        about: `Resembles ${name}'s top-up page (a stub: describe the habit it tests).`,
        values: country,
        carrierId: id,
        fields: { '#number': 'tel', '#amount': 'transaction-amount' },
        mustStayEmpty: [],
        expectedFill: { '#number': country === 'AZ' ? '0501234567' : '3331234567', '#amount': '10' },
        before: 'none',
      },
      null,
      2,
    )}\n`,
  );
}

console.log(`Wrote src/carriers/${id}.ts${isSeller ? '' : `, tests/fixtures/carriers/${id}/renewal.html (+ .expected.json)`} and two lines in src/carriers/registry.ts.
Replace the placeholders (${placeholderPage}${isSeller ? '' : `, ${placeholderHost}`}), then run: npx vitest run src/carriers`);
