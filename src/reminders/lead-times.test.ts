import { describe, expect, it } from 'vitest';
import type { LeadTime } from '../plans/settings';
import { addDaysBefore, addLeadTime, removeLeadTime, sortLeadTimes } from './lead-times';

const DEFAULTS: LeadTime[] = [{ daysBefore: 7 }, { daysBefore: 3 }, { daysBefore: 1 }, 'atExpiry'];

describe('lead times', () => {
  it('sorts the earliest first and "at expiry" last', () => {
    expect(sortLeadTimes(['atExpiry', { daysBefore: 1 }, { daysBefore: 14 }])).toEqual([{ daysBefore: 14 }, { daysBefore: 1 }, 'atExpiry']);
  });

  it('adds a reminder in its place', () => {
    expect(addLeadTime(DEFAULTS, { daysBefore: 14 })).toEqual({ ok: true, list: [{ daysBefore: 14 }, ...DEFAULTS] });
    expect(addLeadTime([{ daysBefore: 7 }], 'atExpiry')).toEqual({ ok: true, list: [{ daysBefore: 7 }, 'atExpiry'] });
  });

  it.each<[string, LeadTime, string]>([
    ['a repeated day count', { daysBefore: 3 }, 'duplicate'],
    ['a second "at expiry"', 'atExpiry', 'duplicate'],
    ['zero days', { daysBefore: 0 }, 'range'],
    ['91 days', { daysBefore: 91 }, 'range'],
    ['half a day', { daysBefore: 1.5 }, 'range'],
    ['not a number', { daysBefore: Number.NaN }, 'range'],
  ])('refuses %s', (_case, lead, problem) => {
    expect(addLeadTime(DEFAULTS, lead)).toEqual({ ok: false, problem });
  });

  it('refuses an eleventh reminder', () => {
    const ten: LeadTime[] = Array.from({ length: 10 }, (_, index) => ({ daysBefore: index + 1 }));
    expect(addLeadTime(ten, { daysBefore: 20 })).toEqual({ ok: false, problem: 'tooMany' });
  });

  it('removes exactly the one asked for', () => {
    expect(removeLeadTime(DEFAULTS, { daysBefore: 3 })).toEqual([{ daysBefore: 7 }, { daysBefore: 1 }, 'atExpiry']);
    expect(removeLeadTime(DEFAULTS, 'atExpiry')).toEqual([{ daysBefore: 7 }, { daysBefore: 3 }, { daysBefore: 1 }]);
  });

  it('keeps "number kept" days sorted and within their own range', () => {
    expect(addDaysBefore([30, 7], 60, 365)).toEqual({ ok: true, list: [60, 30, 7] });
    expect(addDaysBefore([30, 7], 7, 365)).toEqual({ ok: false, problem: 'duplicate' });
    expect(addDaysBefore([30, 7], 366, 365)).toEqual({ ok: false, problem: 'range' });
  });
});
