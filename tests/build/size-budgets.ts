import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CARRIER_CONTENT_FILE, FILL_ANYWHERE_FILE } from '../../src/autofill/built-scripts';

/**
 * Size budgets, gzip bytes of all JavaScript an entry loads. They fail CI when exceeded
 * (tests/build/size-budgets.test.ts); `npm run bench` reports the current figures.
 * Raise a budget only on purpose, in the commit that needs it, saying why.
 */
export const SIZE_BUDGETS_GZIP: Record<string, number> = {
  // The worker: Dexie, zod, the polyfill and the protocol. 85 KB since form filling (its
  // handlers and messages, ~4 KB): a service worker cannot load code on demand.
  background: 85_000,
  // Runs inside every carrier page (the autofill issue's budget: 15 KB gzip, its file plus
  // any chunk it loads): no schema library, no polyfill, no registry.
  'carrier content script': 15_000,
  // Injected by the popup's "Fill this page" on other sites: the same core.
  'fill-anywhere script': 15_000,
  // The popup opens on every click of the toolbar button: keep it light.
  popup: 70_000,
  options: 90_000,
};

export interface EntrySize {
  entry: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript each entry loads before it can show anything: its scripts and their
 * static imports. Chunks loaded later with `import()` (after the first paint) are not
 * counted here.
 */
export function measureEntries(buildDir: string): EntrySize[] {
  const entryFiles: Record<string, string[]> = {
    background: ['background.js'],
    'carrier content script': [CARRIER_CONTENT_FILE],
    'fill-anywhere script': [FILL_ANYWHERE_FILE],
    popup: scriptsOfPage(buildDir, 'popup.html'),
    options: scriptsOfPage(buildDir, 'options.html'),
  };
  return Object.entries(entryFiles).map(([entry, roots]) => {
    const files = withImports(buildDir, roots);
    const contents = files.map((file) => readFileSync(path.join(buildDir, file)));
    return {
      entry,
      files,
      rawBytes: contents.reduce((sum, content) => sum + content.length, 0),
      gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
    };
  });
}

function scriptsOfPage(buildDir: string, page: string): string[] {
  const html = readFileSync(path.join(buildDir, page), 'utf8');
  return [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((match) => match[1]!);
}

function withImports(buildDir: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(buildDir, file), 'utf8');
    for (const match of code.matchAll(/(?:from|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), match[1]!));
    }
  }
  return [...seen];
}
