// The bench runs under tsx in Node, which has no IndexedDB; fuzzImport brings its own
// fake-indexeddb factory, and this keeps anything else that reaches for the global working.
import 'fake-indexeddb/auto';
import { fuzzImport } from '../src/backup/backup-fuzz';
import type { Benchmark } from './benchmark';

const INPUTS = 10_000;
const SEED = 20261120;

/**
 * The backup import under 10,000 malformed files (src/backup/backup-fuzz.ts): crashes,
 * partial writes and prototype pollution must all be 0; the rest says how far the inputs
 * got and how long the slowest one took to refuse.
 */
export default {
  name: 'backup fuzz',
  async run() {
    const started = performance.now();
    const report = await fuzzImport(INPUTS, SEED);
    const seconds = (performance.now() - started) / 1000;
    for (const sample of report.samples) console.log(`  crash: ${sample}`);
    return [
      { label: 'malformed backups', value: report.inputs, unit: 'files' },
      { label: 'crashes (exception out of parse/preview)', value: report.crashes, unit: 'files', target: 0 },
      { label: 'partial writes after a refused/failed import', value: report.partialWrites, unit: 'files', target: 0 },
      { label: 'wrong writes after a successful import', value: report.wrongWrites, unit: 'files', target: 0 },
      { label: 'prototype pollution', value: report.prototypePollutions, unit: 'files', target: 0 },
      { label: 'unexpected import failures', value: report.unexpectedImportFailures, unit: 'files', target: 0 },
      { label: 'accepted and imported', value: report.accepted, unit: 'files' },
      { label: 'imports failed on purpose midway', value: report.injectedFailures, unit: 'files' },
      ...Object.entries(report.refused)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([code, files]) => ({ label: `refused: ${code}`, value: files, unit: 'files' })),
      { label: 'slowest single parseBackup', value: Math.round(report.slowestParseMs), unit: 'ms' },
      { label: 'time', value: Number(seconds.toFixed(1)), unit: 's' },
    ];
  },
} satisfies Benchmark;
