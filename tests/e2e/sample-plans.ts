import { aPlan } from '../support/plans';

/** Plans the end-to-end tests seed through the test hooks. */
export const ROME_ESIM = aPlan();

/** A TIM plan running out `seconds` from now, just added (so only "at expiry" is ahead). */
export function planExpiringIn(seconds: number, id = 'plan-soon') {
  const now = new Date();
  return aPlan({
    id,
    label: 'Rome eSIM',
    expiresAt: new Date(now.getTime() + seconds * 1000).toISOString(),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
}
