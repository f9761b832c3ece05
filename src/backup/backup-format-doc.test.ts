import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../plans/plan';
import { renewalSchema } from '../plans/renewal';
import { settingsSchema } from '../plans/settings';
import { CSV_COLUMNS } from './export-csv';
import { parseBackup } from './parse-backup';

// docs/backup-format.md is the public contract; these checks keep it true to the code.
const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/backup-format.md'), 'utf8');

/** The first column of the markdown table under `heading`, without backticks. */
function tableColumn(heading: string): string[] {
  const section = doc.slice(doc.indexOf(heading));
  const table = section.slice(section.indexOf('\n|') + 1).split('\n\n')[0]!;
  return table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|')[1]!.trim().replaceAll('`', ''));
}

describe('docs/backup-format.md', () => {
  it('shows an example backup that eSIM Keeper reads', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const result = parseBackup(example);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each([
    ['### A plan', planSchema.shape],
    ['### A renewal', renewalSchema.shape],
    ['### Settings', settingsSchema.shape],
  ])('lists every field of %s, in schema order', (heading, shape) => {
    expect(tableColumn(heading)).toEqual(Object.keys(shape));
  });

  it('lists the CSV columns in order', () => {
    expect(tableColumn('## CSV')).toEqual(CSV_COLUMNS.map((column) => column.header));
  });
});
