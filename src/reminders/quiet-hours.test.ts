import { describe, expect, it } from 'vitest';
import { afterQuietHours } from './quiet-hours';

const iso = (ms: number) => new Date(ms).toISOString();
const quiet = (start: string, end: string, enabled = true) => ({ enabled, start, end });

describe('afterQuietHours', () => {
  // Rome is UTC+1 in December (CET).
  it.each([
    ['22:30 Rome waits for 08:00 next morning', quiet('22:00', '08:00'), '2026-12-01T21:30:00.000Z', 'Europe/Rome', '2026-12-02T07:00:00.000Z'],
    ['22:00 itself is quiet (start included)', quiet('22:00', '08:00'), '2026-12-01T21:00:00.000Z', 'Europe/Rome', '2026-12-02T07:00:00.000Z'],
    ['07:30 Rome waits for 08:00 the same morning', quiet('22:00', '08:00'), '2026-12-01T06:30:00.000Z', 'Europe/Rome', '2026-12-01T07:00:00.000Z'],
    ['07:59:59 Rome is still quiet', quiet('22:00', '08:00'), '2026-12-01T06:59:59.000Z', 'Europe/Rome', '2026-12-01T07:00:00.000Z'],
    ['08:00 itself is not (end excluded)', quiet('22:00', '08:00'), '2026-12-01T07:00:00.000Z', 'Europe/Rome', '2026-12-01T07:00:00.000Z'],
    ['21:59 Rome is not quiet', quiet('22:00', '08:00'), '2026-12-01T20:59:00.000Z', 'Europe/Rome', '2026-12-01T20:59:00.000Z'],
    ['disabled', quiet('22:00', '08:00', false), '2026-12-01T21:30:00.000Z', 'Europe/Rome', '2026-12-01T21:30:00.000Z'],
    ['same start and end: empty', quiet('08:00', '08:00'), '2026-12-01T07:00:00.000Z', 'Europe/Rome', '2026-12-01T07:00:00.000Z'],
    ['a daytime window 13:00–15:00', quiet('13:00', '15:00'), '2026-12-01T13:00:00.000Z', 'Europe/Rome', '2026-12-01T14:00:00.000Z'],
    ['after a daytime window', quiet('13:00', '15:00'), '2026-12-01T14:00:00.000Z', 'Europe/Rome', '2026-12-01T14:00:00.000Z'],
    // The same instant is 06:30 in Baku (UTC+4): quiet there too, ends 08:00 Baku = 04:00Z.
    ['in the person’s zone: Baku', quiet('22:00', '08:00'), '2026-12-01T02:30:00.000Z', 'Asia/Baku', '2026-12-01T04:00:00.000Z'],
    // …and 21:30 the evening before in New York (UTC−5): not quiet.
    ['in the person’s zone: New York', quiet('22:00', '08:00'), '2026-12-01T02:30:00.000Z', 'America/New_York', '2026-12-01T02:30:00.000Z'],
    // Rome, 29 Mar 2026: 02:00 CET jumps to 03:00 CEST. An end at 02:30 does not exist that
    // night: the quiet hours end when the clocks jump (03:00 CEST = 01:00Z).
    ['an end in the spring-forward gap', quiet('22:00', '02:30'), '2026-03-28T23:00:00.000Z', 'Europe/Rome', '2026-03-29T01:00:00.000Z'],
    // Rome, 25 Oct 2026: 03:00 CEST falls back to 02:00 CET. 23:30 CEST on the 24th waits for
    // 08:00 CET on the 25th (07:00Z): a 25-hour night, still the same wall clock.
    ['across the autumn fall-back', quiet('22:00', '08:00'), '2026-10-24T21:30:00.000Z', 'Europe/Rome', '2026-10-25T07:00:00.000Z'],
    // 02:15 CET, the second pass of the repeated hour: the end 02:30 read as its earlier
    // (CEST) occurrence is already behind, so the quiet hours are over.
    ['in the repeated hour, past the end’s first reading', quiet('22:00', '02:30'), '2026-10-25T01:15:00.000Z', 'Europe/Rome', '2026-10-25T01:15:00.000Z'],
  ])('%s', (_name, quietHours, at, timeZone, expected) => {
    expect(iso(afterQuietHours(Date.parse(at), quietHours, timeZone))).toBe(expected);
  });
});
