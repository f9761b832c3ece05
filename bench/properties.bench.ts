import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Benchmark } from './benchmark';

const ROUNDS = 5;

/**
 * The unit run's property tests (fast-check) use a fixed seed; here they run ROUNDS times
 * with fresh seeds, to keep looking for counterexamples. A failure prints its seed:
 * replay it with `FC_SEED=<seed> npx vitest run <file>`.
 */
export default {
  name: 'properties',
  async run() {
    const root = path.resolve(import.meta.dirname, '..');
    let failedRounds = 0;
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round += 1) {
      const result = spawnSync('npx', ['vitest', 'run', 'src/plans', 'src/backup'], {
        cwd: root,
        env: { ...process.env, FC_SEED: 'random' },
        encoding: 'utf8',
      });
      if (result.status !== 0) {
        failedRounds += 1;
        const failure = `${result.stdout}${result.stderr}`.match(/Counterexample[^\n]*|seed: -?\d+[^\n]*/g);
        console.log(`  round ${round + 1} failed: ${failure?.join(' | ') ?? 'see vitest output'}`);
      }
    }
    return [
      { label: `rounds of property tests with fresh seeds`, value: ROUNDS, unit: 'rounds' },
      { label: 'rounds with a counterexample', value: failedRounds, unit: 'rounds', target: 0 },
      { label: 'time', value: Math.round((performance.now() - started) / 1000), unit: 's' },
    ];
  },
} satisfies Benchmark;
