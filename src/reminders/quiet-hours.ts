import type { Settings } from '../plans/settings';
import { dayAt, hourAndMinute, instantAtDay, wallClockAt } from './zone-clock';

const MINUTE_MS = 60_000;

/**
 * When a reminder due at `instantMs` may actually be shown: unchanged outside quiet hours,
 * the end of quiet hours inside them. Quiet hours are a wall-clock window in the person's
 * zone, start included, end excluded, and may span midnight (22:00–08:00). A window whose
 * start equals its end is empty.
 */
export function afterQuietHours(instantMs: number, quietHours: Settings['quietHours'], timeZone: string): number {
  if (!quietHours.enabled || quietHours.start === quietHours.end) return instantMs;
  const [startHour, startMinute] = hourAndMinute(quietHours.start);
  const [endHour, endMinute] = hourAndMinute(quietHours.end);
  const start = startHour * 60 + startMinute;
  const end = endHour * 60 + endMinute;

  const local = wallClockAt(instantMs, timeZone);
  const at = local.hour * 60 + local.minute + (local.second * 1000 + local.millisecond) / MINUTE_MS;
  const spansMidnight = start > end;
  const inside = spansMidnight ? at >= start || at < end : at >= start && at < end;
  if (!inside) return instantMs;

  // Spanning midnight, the evening part ends on the next day's morning.
  const days = spansMidnight && at >= start ? 1 : 0;
  const ends = instantAtDay(dayAt(instantMs, timeZone) + days, endHour, endMinute, timeZone);
  // In the repeated hour of an autumn clock change, the end read as its earlier occurrence
  // may already be behind us: then the quiet hours are over.
  return Math.max(ends, instantMs);
}
