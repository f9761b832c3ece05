import { describe, expect, it } from 'vitest';
import {
  afterExpiryKey,
  atExpiryKey,
  autoRenewKey,
  beforeExpiryKey,
  numberKeptKey,
  parseReminderKey,
  snoozeKey,
} from './reminder-keys';

const expiry = '2026-12-02T22:59:00.000Z';

describe('reminder keys', () => {
  it.each([
    [beforeExpiryKey('p1', expiry, 7), 'p1|expiry|2026-12-02T22:59:00.000Z|7d', { planId: 'p1', kind: 'beforeExpiry', deadline: expiry, daysBefore: 7 }],
    [atExpiryKey('p1', expiry), 'p1|expiry|2026-12-02T22:59:00.000Z|at', { planId: 'p1', kind: 'atExpiry', deadline: expiry }],
    [autoRenewKey('p1', expiry), 'p1|expiry|2026-12-02T22:59:00.000Z|auto', { planId: 'p1', kind: 'autoRenew', deadline: expiry, daysBefore: 1 }],
    [afterExpiryKey('p1', expiry, '2026-12-04'), 'p1|expired|2026-12-02T22:59:00.000Z|2026-12-04', { planId: 'p1', kind: 'afterExpiry', deadline: expiry }],
    [numberKeptKey('p1', '2027-03-03T22:59:59.999Z', 30), 'p1|kept|2027-03-03T22:59:59.999Z|30d', { planId: 'p1', kind: 'numberKept', deadline: '2027-03-03T22:59:59.999Z', daysBefore: 30 }],
    [
      snoozeKey(snoozeKey(beforeExpiryKey('p1', expiry, 3), '2026-11-30T08:00:00.000Z'), '2026-12-01T08:00:00.000Z'),
      'p1|expiry|2026-12-02T22:59:00.000Z|3d|snooze|2026-11-30T08:00:00.000Z|snooze|2026-12-01T08:00:00.000Z',
      { planId: 'p1', kind: 'beforeExpiry', deadline: expiry, daysBefore: 3 },
    ],
  ])('%s', (key, expected, parsed) => {
    expect(key).toBe(expected);
    expect(parseReminderKey(key)).toEqual(parsed);
  });

  it.each(['', 'p1', 'p1|expiry|x|soon', 'p1|kept|x|at', 'p1|expired|x|tomorrow', 'p1|expiry|x|7d|later|y', 'p1|expiry|x|7d|snooze'])(
    'reads no reminder from %j',
    (key) => {
      expect(parseReminderKey(key)).toBeUndefined();
    },
  );
});
