import type { I18n } from '../i18n/i18n';
import { carrierClock } from '../i18n/zone-city';
import { toEpochMs } from '../plans/expiry-input';
import type { Plan } from '../plans/plan';
import { calendarDaysUntil, timeLeft } from '../plans/time-left';

/**
 * How long a plan has left, as a row of the popup says it, with days counted as dates in
 * `userTimeZone` (a 23-hour DST day is still "tomorrow"):
 * - expired: "expired today", "expired 2 days ago";
 * - runs out today or tomorrow: "expires today at 23:59", "expires tomorrow at 09:00" —
 *   a clock time reads better than "14 h 3 min" when the end is this close;
 * - later: "3 days 5 h" ("3 days" on the hour), or "5 h 20 min" when under a whole day
 *   is left (only around a DST change can that be two dates away).
 * A clock time is the person's; when the carrier's zone reads differently at the expiry,
 * its time is added: "expires today at 22:59 (23:59 Rome time)".
 */
export function timeLeftText(
  plan: Pick<Plan, 'expiresAt' | 'timeZone'>,
  now: Date,
  i18n: I18n,
  userTimeZone: string,
): string {
  const left = timeLeft(plan, now);
  const days = calendarDaysUntil(plan.expiresAt, now, userTimeZone);
  if (left.status === 'expired') {
    return days >= 0 ? i18n.t('timeLeftExpiredToday') : i18n.plural('timeLeftExpiredDaysAgo', -days);
  }
  if (days <= 1) {
    const expiry = new Date(toEpochMs(plan.expiresAt));
    const time = i18n.formatDate(expiry, 'time', userTimeZone);
    const text = days <= 0 ? i18n.t('timeLeftExpiresTodayAt', time) : i18n.t('timeLeftExpiresTomorrowAt', time);
    return withCarrierTime(text, expiry, plan.timeZone, i18n, userTimeZone);
  }
  if (left.days === 0) return i18n.t('timeLeftHoursMinutes', left.hours, left.minutes);
  return left.hours === 0 ? i18n.plural('timeLeftDays', left.days) : i18n.plural('timeLeftDaysHours', left.days, left.hours);
}

function withCarrierTime(text: string, expiry: Date, carrierTimeZone: string, i18n: I18n, userTimeZone: string): string {
  const carrier = carrierClock(expiry, carrierTimeZone, userTimeZone, i18n);
  if (carrier === undefined) return text;
  return carrier.city === undefined
    ? i18n.t('timeLeftWithUtcTime', text, carrier.time)
    : i18n.t('timeLeftWithZoneTime', text, carrier.time, carrier.city);
}
