import fc from 'fast-check';
import type { Plan } from '../src/plans/plan';
import { DEFAULT_SETTINGS } from '../src/plans/settings';
import { schedule } from '../src/reminders/schedule';
import { simulate } from '../src/reminders/simulate';
import { scenarioArbitrary, ZONES } from '../src/reminders/simulation-scenarios';
import { type Benchmark, median } from './benchmark';

const SCENARIOS = 10_000;
const RUNS = 20;
const NOW = new Date('2026-11-20T10:00:00.000Z');

/**
 * Reminders: (a) the exactly-once property over many simulated scenarios with a fresh
 * seed (src/reminders/simulate.ts; violations must be 0); (b) how long one `schedule()`
 * takes for 1,000 and 10,000 plans with the default four lead times.
 */
export default {
  name: 'reminders',
  async run() {
    const seed = Date.now() ^ (Math.random() * 2 ** 31);
    let violating = 0;
    let shown = 0;
    let firstViolation: string | undefined;
    const simulationStarted = performance.now();
    fc.check(
      fc.property(scenarioArbitrary, (scenario) => {
        const result = simulate(scenario);
        shown += result.shown;
        if (result.violations.length > 0) {
          violating += 1;
          firstViolation ??= result.violations[0];
        }
        return true;
      }),
      { numRuns: SCENARIOS, seed },
    );
    const simulationSeconds = (performance.now() - simulationStarted) / 1000;
    if (firstViolation !== undefined) console.log(`  seed ${seed}: ${firstViolation}`);

    return [
      { label: 'simulated scenarios', value: SCENARIOS, unit: 'scenarios' },
      { label: 'scenarios with a violation', value: violating, unit: 'scenarios', target: 0 },
      { label: 'notifications shown in the simulation', value: shown, unit: 'reminders' },
      { label: 'simulation time', value: Number(simulationSeconds.toFixed(1)), unit: 's' },
      ...timing(1_000, 20),
      ...timing(10_000),
    ];
  },
} satisfies Benchmark;

function timing(count: number, target?: number) {
  const plans = somePlans(count);
  const input = { plans, settings: DEFAULT_SETTINGS, log: [], now: NOW, userTimeZone: 'Europe/Rome' };
  const times: number[] = [];
  let coldMs = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    schedule(input);
    const ms = performance.now() - started;
    if (run === 0) coldMs = ms;
    else times.push(ms);
  }
  const label = `schedule() ${count.toLocaleString('en')} plans × 4 lead times`;
  return [
    { label: `${label}, median`, value: Number(median(times).toFixed(2)), unit: 'ms', ...(target === undefined ? {} : { target }) },
    { label: `${label}, first run (cold caches)`, value: Number(coldMs.toFixed(2)), unit: 'ms' },
  ];
}

/** Plans in the four zones, expiring over the next 60 days at scattered minutes. */
function somePlans(count: number): Plan[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `plan-${index}`,
    label: `Plan ${index}`,
    carrierId: 'tim',
    expiresAt: new Date(NOW.getTime() + ((index * 7919) % (60 * 24 * 60)) * 60_000).toISOString(),
    expiryPrecision: 'instant',
    timeZone: ZONES[index % ZONES.length]!,
    autoRenew: false,
    archived: false,
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
  }));
}
