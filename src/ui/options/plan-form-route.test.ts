import { describe, expect, it } from 'vitest';
import { planFormHash, planFormRouteOf } from './plan-form-route';

describe('plan form routes', () => {
  it.each([
    ['#add', { form: 'add' }],
    ['#plan=plan-rome', { form: 'edit', planId: 'plan-rome' }],
    ['#plan=a%20b', { form: 'edit', planId: 'a b' }],
    ['#plan=%E0%A4%A', { form: 'edit', planId: '%E0%A4%A' }],
    ['#backup', undefined],
    ['', undefined],
    ['#plan=', undefined],
  ])('%j → %j', (hash, route) => {
    expect(planFormRouteOf(hash)).toEqual(route);
  });

  it('writes the hashes it reads', () => {
    expect(planFormRouteOf(planFormHash({ form: 'edit', planId: 'x/y' }))).toEqual({ form: 'edit', planId: 'x/y' });
    expect(planFormHash({ form: 'add' })).toBe('#add');
  });
});
