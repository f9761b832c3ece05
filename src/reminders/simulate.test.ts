import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../plans/settings';
import { aPlan } from '../../tests/support/plans';
import { simulate } from './simulate';
import { scenarioArbitrary } from './simulation-scenarios';

describe('simulate: the scheduler through time', () => {
  it('a plain run: four reminders shown once each, in time', () => {
    const result = simulate({
      plans: [aPlan()],
      settings: DEFAULT_SETTINGS,
      startMs: Date.parse('2026-11-20T00:00:00.000Z'),
      userTimeZone: 'Europe/Rome',
      steps: [{ kind: 'alarm' }, { kind: 'kill' }, { kind: 'alarm' }, { kind: 'alarm' }, { kind: 'alarm' }, { kind: 'alarm' }],
    });
    expect(result).toEqual({ violations: [], wakes: 7, shown: 4, superseded: 0 });
  });

  it('a closed week collapses to one notification', () => {
    const result = simulate({
      plans: [aPlan()],
      settings: DEFAULT_SETTINGS,
      startMs: Date.parse('2026-11-20T00:00:00.000Z'),
      userTimeZone: 'Europe/Rome',
      steps: [{ kind: 'advance', ms: 11 * 86_400_000 + 3_600_000 }, { kind: 'clockBack', ms: 3 * 86_400_000 }, { kind: 'alarm' }],
    });
    // 1 Dec 01:00Z: the 3-day one is shown, the 7-day one superseded; the clock set back to
    // 28 Nov sends nothing again; the alarm brings the 1-day one.
    expect(result).toEqual({ violations: [], wakes: 4, shown: 2, superseded: 1 });
  });

  // Random plans, zones, DST changes, closed browsers, clock jumps, travel, killed workers,
  // snoozes and renewals: every armed reminder whose time passed is shown exactly once or
  // superseded by a more urgent one of its plan; none early, none twice. The benchmark
  // runs 10,000+ scenarios with fresh seeds.
  it('never misses, never repeats, never fires early (300 scenarios)', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        expect(simulate(scenario).violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
