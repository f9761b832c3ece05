/**
 * `npm run bench`: measures and reports; never fails on a timing (CI fails only on
 * correctness and size budgets). Each bench/*.bench.ts exports a default Benchmark.
 * Results are printed and written to bench/results/latest.json.
 *
 *   npm run bench                 all benchmarks
 *   npm run bench -- startup      only those whose name contains "startup"
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, Figure } from './benchmark';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';

const files = (await readdir(BENCH_DIR)).filter((file) => file.endsWith('.bench.ts')).sort();
const results: { benchmark: string; figures: Figure[] }[] = [];

for (const file of files) {
  const benchmark = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)).default as Benchmark;
  if (!benchmark.name.includes(filter)) continue;
  console.log(`\n▶ ${benchmark.name}`);
  const started = performance.now();
  const figures = await benchmark.run();
  for (const figure of figures) {
    const budget = figure.target === undefined ? '' : `  (target ${figure.target} ${figure.unit})`;
    console.log(`  ${figure.label.padEnd(48)} ${String(figure.value).padStart(10)} ${figure.unit}${budget}`);
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  results.push({ benchmark: benchmark.name, figures });
}

await mkdir(path.join(BENCH_DIR, 'results'), { recursive: true });
await writeFile(
  path.join(BENCH_DIR, 'results/latest.json'),
  `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log(`\n${results.length} benchmark(s); figures in bench/results/latest.json`);
