import { carrierById } from '../carriers/registry';
import type { I18n } from '../i18n/i18n';
import { carrierClock } from '../i18n/zone-city';
import { renewalUrlOf } from '../plans/carrier-defaults';
import { toEpochMs } from '../plans/expiry-input';
import type { Plan } from '../plans/plan';
import { calendarDaysUntil } from '../plans/time-left';
import type { Reminder } from '../reminders/reminder';

export interface NotificationContent {
  title: string;
  message: string;
  /** Always two, in the order of `NOTIFICATION_BUTTON`; Firefox shows none (the background drops them). */
  buttons: { title: string }[];
  /** Where "Renew now" and a click on the notification go: the plan's page, else its carrier's. */
  renewalUrl?: string;
}

/** What each button index means, for the background's `onButtonClicked`. */
export const NOTIFICATION_BUTTON = { renew: 0, snooze: 1 } as const;

/**
 * The words of one reminder's notification, in the reader's language.
 *
 * Day counts ("in 3 days", "tomorrow") are calendar days in `userTimeZone` counted from
 * `now`, not from when the reminder was planned: a reminder shown late (the browser was
 * closed) still tells the truth. The expiry reads in the person's zone, with the carrier's
 * local time added when that zone's clock differs at that instant:
 * "TIM · Tue 2 Dec, 02:59 (23:59 Rome time)".
 *
 * Never in a notification (it shows on a locked screen, in the OS's history): the
 * activation code, the ICCID, the full phone number. A number-kept reminder names the
 * line by its last four digits.
 */
export function notificationContent(reminder: Reminder, plan: Plan, i18n: I18n, userTimeZone: string, now: Date): NotificationContent {
  const deadline = new Date(toEpochMs(reminder.deadline));
  const carrier = carrierById(plan.carrierId);
  const carrierName = carrier?.name ?? plan.carrierName;
  const label = plan.label;
  const days = calendarDaysUntil(deadline, now, userTimeZone);
  const passed = toEpochMs(now) >= deadline.getTime();
  const details = [carrierName, expiryText(deadline, plan.timeZone, i18n, userTimeZone)].filter(Boolean).join(' · ');

  let title: string;
  let message = details;
  let mainButton = i18n.t('notificationRenewNow');
  switch (reminder.kind) {
    case 'beforeExpiry':
    case 'atExpiry':
      title = passed
        ? i18n.t('notificationHasExpired', label)
        : reminder.kind === 'atExpiry'
          ? i18n.t('notificationExpiresNow', label)
          : days <= 0
            ? i18n.t('notificationExpiresToday', label)
            : days === 1
              ? i18n.t('notificationExpiresTomorrow', label)
              : i18n.plural('notificationExpiresInDays', days, label);
      break;
    case 'autoRenew':
      title = passed
        ? i18n.t('notificationHasExpired', label)
        : days <= 0
          ? i18n.t('notificationRenewsToday', label)
          : days === 1
            ? i18n.t('notificationRenewsTomorrow', label)
            : i18n.plural('notificationRenewsInDays', days, label);
      message = `${i18n.t('notificationCheckBalance')} ${details}`;
      break;
    case 'afterExpiry':
      title = days < 0 ? i18n.plural('notificationExpiredDaysAgo', -days, label) : i18n.t('notificationHasExpired', label);
      message = `${i18n.t('notificationRenewOrArchive')} ${details}`;
      break;
    case 'numberKept':
      title = carrierName
        ? i18n.t('notificationTopUpToKeepNumber', carrierName, i18n.formatDate(deadline, 'date', userTimeZone))
        : i18n.t('notificationTopUpToKeepThisNumber', i18n.formatDate(deadline, 'date', userTimeZone));
      message = [label, plan.phoneNumber === undefined ? undefined : maskedPhoneNumber(plan.phoneNumber)].filter(Boolean).join(' · ');
      mainButton = i18n.t('notificationTopUpNow');
      break;
  }

  const renewalUrl = renewalUrlOf(plan, carrier);
  return {
    title,
    message,
    buttons: [{ title: mainButton }, { title: i18n.t('notificationRemindTomorrow') }],
    ...(renewalUrl === undefined ? {} : { renewalUrl }),
  };
}

/** "•••4567": enough to tell one's lines apart, too little to be the number. */
export function maskedPhoneNumber(e164: string): string {
  return `•••${e164.replace(/\D/g, '').slice(-4)}`;
}

/**
 * The expiry in the person's zone; when the carrier's clock reads differently at that
 * instant, its local time too: "Tue 2 Dec, 02:59 (23:59 Rome time)".
 */
function expiryText(deadline: Date, carrierTimeZone: string, i18n: I18n, userTimeZone: string): string {
  const userTime = i18n.formatDate(deadline, 'weekdayDateTime', userTimeZone);
  const carrier = carrierClock(deadline, carrierTimeZone, userTimeZone, i18n);
  if (carrier === undefined) return userTime;
  return carrier.city === undefined
    ? i18n.t('notificationExpiryWithUtcTime', userTime, carrier.time)
    : i18n.t('notificationExpiryWithZoneTime', userTime, carrier.time, carrier.city);
}
