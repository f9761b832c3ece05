import { describe, expect, it } from 'vitest';
import { aPlan } from '../../tests/support/plans';
import { planSchema } from './plan';
import {
  chooseCarrier,
  draftFieldOfPath,
  draftProblems,
  draftToPlanInput,
  emptyDraft,
  parseDecimal,
  planToDraft,
  type DraftField,
  type PlanDraft,
} from './plan-draft';
import { formatPhoneNumber } from './phone-number-display';

const ID = 'new-plan';

function timDraft(overrides: Partial<PlanDraft> = {}): PlanDraft {
  return { ...chooseCarrier(emptyDraft(), 'tim', new Set()), label: 'Rome eSIM', expiryDate: '2026-12-02', ...overrides };
}

describe('draftToPlanInput', () => {
  it('reads a local expiry in the plan’s zone, not the machine’s', () => {
    const { input, errors } = draftToPlanInput(timDraft({ expiryTime: '23:59' }), { id: ID });
    expect(errors).toEqual([]);
    expect(input).toMatchObject({
      id: ID,
      label: 'Rome eSIM',
      carrierId: 'tim',
      country: 'IT',
      timeZone: 'Europe/Rome',
      period: { count: 1, unit: 'month' },
      expiresAt: '2026-12-02T22:59:00.000Z',
      expiryPrecision: 'instant',
    });
  });

  it.each([
    // Clocks go forward in Rome on 29 Mar 2026: 02:30 does not exist → the end of the gap.
    ['Europe/Rome', '2026-03-29', '02:30', '2026-03-29T01:00:00.000Z'],
    // Clocks go back on 25 Oct 2026: 02:30 happens twice → the earlier one.
    ['Europe/Rome', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['Europe/Rome', '2026-07-01', '23:59', '2026-07-01T21:59:00.000Z'],
    ['Asia/Baku', '2026-07-01', '23:59', '2026-07-01T19:59:00.000Z'],
    ['UTC', '2026-07-01', '23:59', '2026-07-01T23:59:00.000Z'],
  ])('in %s, %s %s is %s', (timeZone, expiryDate, expiryTime, expiresAt) => {
    expect(draftToPlanInput(timDraft({ timeZone, expiryDate, expiryTime }), { id: ID }).input.expiresAt).toBe(expiresAt);
  });

  it('turns "I only know the date" into the end of that day in the zone', () => {
    const { input } = draftToPlanInput(timDraft({ dateOnly: true, expiryTime: '09:00', expiryDate: '2026-03-29' }), { id: ID });
    // 29 March 2026 has 23 hours in Rome; its end is 22:00 UTC (CEST).
    expect(input).toMatchObject({ expiresAt: '2026-03-29T21:59:59.999Z', expiryPrecision: 'day' });
  });

  it('stores data in MB (1 GB = 1024 MB) and accepts a decimal comma', () => {
    const { input, errors } = draftToPlanInput(timDraft({ dataAllowanceGB: '1,5', dataLeftGB: '0.25' }), { id: ID });
    expect(errors).toEqual([]);
    expect(input.dataAllowanceMB).toBe(1536);
    expect(input.dataLeftMB).toBe(256);
  });

  it('normalises a national number with the plan’s country', () => {
    const { input } = draftToPlanInput(timDraft({ phoneNumber: '333 123 4567' }), { id: ID });
    expect(input.phoneNumber).toBe('+393331234567');
  });

  it('reports what it cannot read, with the schema’s paths', () => {
    const { errors } = draftToPlanInput(
      timDraft({ phoneNumber: '12', dataLeftGB: 'lots', priceAmount: '5', currency: '', expiryDate: '' }),
      { id: ID },
    );
    expect(errors).toEqual([
      { path: 'phoneNumber', code: 'phone.tooShort' },
      { path: 'dataLeftMB', code: 'amount.format' },
      { path: 'price.currency', code: 'value.required' },
      { path: 'expiresAt', code: 'value.required' },
    ]);
  });

  it('keeps a carrier name only for "Other…"', () => {
    expect(draftToPlanInput(timDraft({ carrierName: 'Old name' }), { id: ID }).input.carrierName).toBeUndefined();
    const custom = draftToPlanInput(timDraft({ carrierId: 'custom', carrierName: ' Lyca ' }), { id: ID });
    expect(custom.input.carrierName).toBe('Lyca');
  });

  it('round-trips a stored plan unchanged, fields the form does not show included', () => {
    const plan = aPlan({
      phoneNumber: '+393331234567',
      iccid: '8939104520000123453',
      expiresAt: '2026-12-02T12:00:30.000Z',
      startsAt: '2026-11-02T12:00:00.000Z',
      dataAllowanceMB: 1000,
      dataLeftMB: 333,
      period: { count: 4, unit: 'week' },
      renewalAnchorDay: 2,
      lastTopUpAt: '2026-11-02T12:00:00.000Z',
      price: { amount: 9.99, currency: 'EUR' },
      activationCode: 'LPA:1$smdp.example.com$ABC-123',
      archived: true,
    });
    const draft = planToDraft(plan, formatPhoneNumber);
    expect(draft).toMatchObject({ phoneNumber: '+39 333 123 4567', dataAllowanceGB: '0.98', expiryDate: '2026-12-02', expiryTime: '13:00' });
    const { input, errors } = draftToPlanInput(draft, { id: plan.id, base: plan });
    expect(errors).toEqual([]);
    const { createdAt: _c, updatedAt: _u, ...rest } = plan;
    expect(input).toEqual(rest);
  });

  it('edits the expiry as a wall clock in the plan’s zone and drops the old anchor day', () => {
    const plan = aPlan({ renewalAnchorDay: 2, expiryPrecision: 'day', expiresAt: '2026-12-02T22:59:59.999Z' });
    const draft = planToDraft(plan);
    expect(draft).toMatchObject({ expiryDate: '2026-12-02', dateOnly: true, expiryTime: '23:59' });
    const { input } = draftToPlanInput({ ...draft, expiryDate: '2026-12-05' }, { id: plan.id, base: plan });
    expect(input).toMatchObject({ expiresAt: '2026-12-05T22:59:59.999Z', expiryPrecision: 'day' });
    expect(input.renewalAnchorDay).toBeUndefined();
  });
});

describe('draftProblems', () => {
  it('finds nothing in a complete draft, and the store’s schema agrees', () => {
    const { input, errors } = draftProblems(timDraft(), { id: ID });
    expect(errors).toEqual([]);
    const now = '2026-11-01T00:00:00.000Z';
    expect(planSchema.safeParse({ ...input, createdAt: now, updatedAt: now }).success).toBe(true);
  });

  it('adds the schema’s problems to the reading problems, each once', () => {
    const { errors } = draftProblems(
      { ...emptyDraft(), iccid: '8939104520000000001', expiryDate: '' },
      { id: ID },
    );
    expect(errors).toEqual([
      { path: 'timeZone', code: 'value.required' },
      { path: 'carrierId', code: 'value.required' },
      { path: 'expiresAt', code: 'value.required' },
      { path: 'label', code: 'label.required' },
      { path: 'iccid', code: 'iccid.checkDigit' },
    ]);
  });
});

describe('chooseCarrier', () => {
  it('fills country, zone, period and currency from the carrier', () => {
    expect(chooseCarrier(emptyDraft(), 'azercell', new Set())).toMatchObject({
      carrierId: 'azercell',
      country: 'AZ',
      timeZone: 'Asia/Baku',
      currency: 'AZN',
    });
  });

  it('replaces the previous carrier’s pre-fill but not what the person edited', () => {
    const tim = chooseCarrier(emptyDraft(), 'tim', new Set());
    const edited: Set<DraftField> = new Set(['timeZone']);
    const changed = chooseCarrier({ ...tim, timeZone: 'Europe/London' }, 'airalo', edited);
    expect(changed).toMatchObject({ carrierId: 'airalo', timeZone: 'Europe/London', currency: 'USD', periodCount: '30', periodUnit: 'day' });
    // A seller has no country: TIM's pre-filled Italy goes with TIM.
    expect(changed.country).toBe('');
  });

  it('keeps a stored plan’s own values that no carrier gave', () => {
    const draft = { ...timDraft(), currency: 'USD', periodCount: '4', periodUnit: 'week' as const };
    expect(chooseCarrier(draft, 'windtre', new Set())).toMatchObject({ currency: 'USD', periodCount: '4', periodUnit: 'week' });
  });
});

describe('parseDecimal and draftFieldOfPath', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    [' 2 ', 2],
    ['.5', 0.5],
    ['-1', undefined],
    ['1.2.3', undefined],
    ['abc', undefined],
  ])('parseDecimal(%j) = %j', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    ['price.amount', 'priceAmount'],
    ['price.currency', 'currency'],
    ['period.count', 'periodCount'],
    ['dataLeftMB', 'dataLeftGB'],
    ['expiresAt', 'expiryDate'],
    ['coverage[3]', undefined],
  ])('%s → %s', (path, field) => {
    expect(draftFieldOfPath(path)).toBe(field);
  });
});
