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

const CARRIER_MIX = [
  { carrierId: 'tim', country: 'IT', timeZone: 'Europe/Rome', phone: '+39333' },
  { carrierId: 'vodafone-it', country: 'IT', timeZone: 'Europe/Rome', phone: '+39347' },
  { carrierId: 'azercell', country: 'AZ', timeZone: 'Asia/Baku', phone: '+99450' },
  { carrierId: 'bakcell', country: 'AZ', timeZone: 'Asia/Baku', phone: '+99455' },
  { carrierId: 'airalo', country: 'FR', timeZone: 'UTC', phone: undefined },
] as const;

/**
 * `count` varied plans around `now` — carriers and zones of Italy and Azerbaijan, eSIM
 * sellers, some expired, some with data left or a start — for benchmarks and busy screens.
 */
export function manyPlans(count: number, now: Date): Plan[] {
  return Array.from({ length: count }, (_, index) => {
    const mix = CARRIER_MIX[index % CARRIER_MIX.length]!;
    // From two days ago to about two months ahead, a few hours apart.
    const expiresAt = new Date(now.getTime() + (index * 7 - 48) * 3_600_000);
    return aPlan({
      id: `plan-${index}`,
      label: `Trip line ${index + 1}`,
      carrierId: mix.carrierId,
      country: mix.country,
      timeZone: mix.timeZone,
      expiresAt: expiresAt.toISOString(),
      startsAt: new Date(expiresAt.getTime() - 30 * 86_400_000).toISOString(),
      ...(mix.phone && { phoneNumber: `${mix.phone}${String(1_000_000 + index * 7919).slice(-7)}` }),
      ...(index % 2 === 0 && { dataLeftMB: (index % 20) * 512 }),
    });
  });
}
