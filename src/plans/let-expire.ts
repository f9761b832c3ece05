import type { Plan } from './plan';

/**
 * "Let it expire": the person silenced this very expiry (the trip is over). A renewal moves
 * `expiresAt` past it, and the plan counts again. One rule for the scheduler and the badge.
 */
export function isLetExpire(plan: Pick<Plan, 'expiresAt' | 'silencedExpiresAt'>): boolean {
  return plan.silencedExpiresAt !== undefined && Date.parse(plan.silencedExpiresAt) === Date.parse(plan.expiresAt);
}
