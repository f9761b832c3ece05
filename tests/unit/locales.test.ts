// Repo-wide checks on the _locales catalogues: every language has every message with
// the same placeholders, and every message the code asks for exists.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateLocaleFor } from '../../src/i18n/date-locales';
import { messageProblem, type MessageCatalog } from '../../src/i18n/format-message';
import { FORMAT_MESSAGES } from '../../src/i18n/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import { VALIDATION_CODES, validationMessageName } from '../../src/plans/validation';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES_DIR = path.join(ROOT, 'public/_locales');

const catalogs = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    JSON.parse(readFileSync(path.join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as MessageCatalog,
  ]),
) as Record<(typeof LANGUAGES)[number], MessageCatalog>;

const english = catalogs.en;

/** Message names the code asks for: t('name'…), plural('name'…) and __MSG_name__. */
function messageNamesUsedInCode(): Set<string> {
  const used = new Set<string>();
  const files = [
    ...listFiles(path.join(ROOT, 'src')),
    ...listFiles(path.join(ROOT, 'entrypoints')),
    path.join(ROOT, 'wxt.config.ts'),
  ].filter((file) => /\.(ts|tsx|html)$/.test(file) && !/\.test\.tsx?$/.test(file));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:t|getMessage|runtime\.message)\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    for (const match of text.matchAll(/\bplural\(\s*'([A-Za-z0-9_]+)'/g)) used.add(`${match[1]}_other`);
    for (const match of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]!);
  }
  return used;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('locale catalogues', () => {
  it('ship exactly the languages we offer', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGUAGES].sort());
  });

  it('finds messages used in code (the scan itself works)', () => {
    const used = messageNamesUsedInCode();
    expect(used).toContain('emptyTitle');
    expect(used).toContain('planCount_other');
    expect(used).toContain('extDescription');
  });

  it('have every message the code uses', () => {
    const needed = [...messageNamesUsedInCode(), ...Object.keys(FORMAT_MESSAGES), ...VALIDATION_CODES.map(validationMessageName)];
    const missing = needed.filter((name) => !(name in english));
    expect(missing).toEqual([]);
  });

  it('carry no messages nothing uses', () => {
    const used = new Set([...messageNamesUsedInCode(), ...VALIDATION_CODES.map(validationMessageName)]);
    const pluralBases = new Set([...used].filter((name) => name.endsWith('_other')).map((name) => name.slice(0, -'_other'.length)));
    const unused = Object.keys(english).filter((name) => {
      if (name in FORMAT_MESSAGES || used.has(name)) return false;
      const base = name.replace(/_(zero|one|two|few|many|other)$/, '');
      return !pluralBases.has(base);
    });
    expect(unused).toEqual([]);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has the same messages as English', (language) => {
    expect(Object.keys(catalogs[language]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES)('%s keeps every placeholder of every message', (language) => {
    for (const [name, entry] of Object.entries(catalogs[language])) {
      const expected = Object.keys(english[name]?.placeholders ?? {}).sort();
      expect(Object.keys(entry.placeholders ?? {}).sort(), name).toEqual(expected);
      for (const placeholder of expected) {
        expect(entry.message.toLowerCase(), `${language}/${name} uses $${placeholder}$`).toContain(`$${placeholder}$`);
      }
      expect(entry.message.trim(), `${language}/${name} is not empty`).not.toBe('');
    }
  });

  it.each(LANGUAGES)('%s has only messages Chromium can load (every $ accounted for)', (language) => {
    const problems = Object.entries(catalogs[language])
      .map(([name, entry]) => [name, messageProblem(entry)])
      .filter(([, problem]) => problem !== undefined);
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)('%s names a locale that selects its own date-fns locale', (language) => {
    const locale = catalogs[language].locale?.message ?? '';
    expect(Intl.getCanonicalLocales(locale)).toEqual([locale]);
    expect(dateLocaleFor(locale).code).toBe(locale);
  });

  it.each(LANGUAGES)('%s fits the stores: name ≤ 45, description ≤ 132 characters', (language) => {
    expect(catalogs[language].extName!.message.length).toBeLessThanOrEqual(45);
    expect(catalogs[language].extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
