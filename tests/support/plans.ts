import type { Plan } from '../../src/plans/plan';

/**
 * A valid plan for tests, with whatever the test cares about overridden. The defaults
 * describe a TIM line in Rome that runs out at noon UTC on 2 Dec 2026 (the same calendar
 * day in every zone the tests use).
 */
export function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-rome',
    label: 'Rome eSIM',
    carrierId: 'tim',
    expiresAt: '2026-12-02T12:00:00.000Z',
    expiryPrecision: 'instant',
    timeZone: 'Europe/Rome',
    autoRenew: false,
    archived: false,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}
