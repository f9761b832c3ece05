// Adds or replaces messages in all four _locales catalogues from one fragment file, so a
// new string is written once with its translations side by side:
//   npx tsx scripts/add-messages.ts fragment.json
// fragment.json: { "name": { "en": "…", "it": "…", "zh_CN": "…", "az": "…",
//                             "description": "…", "placeholders": { … } } }
import { readFileSync, writeFileSync } from 'node:fs';
import { LANGUAGES } from '../src/i18n/languages';

interface FragmentEntry {
  description: string;
  placeholders?: Record<string, { content: string; example?: string }>;
  [language: string]: unknown;
}

const fragmentFile = process.argv[2];
if (!fragmentFile) throw new Error('usage: tsx scripts/add-messages.ts fragment.json');
const fragment = JSON.parse(readFileSync(fragmentFile, 'utf8')) as Record<string, FragmentEntry>;

for (const language of LANGUAGES) {
  const file = `public/_locales/${language}/messages.json`;
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const [name, entry] of Object.entries(fragment)) {
    const message = entry[language];
    if (typeof message !== 'string') throw new Error(`${fragmentFile}: "${name}" has no ${language} text`);
    catalog[name] = { message, description: entry.description, ...(entry.placeholders && { placeholders: entry.placeholders }) };
  }
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
}
console.log(`${Object.keys(fragment).length} message(s) written to ${LANGUAGES.length} catalogues`);
