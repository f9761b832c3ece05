import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';

/**
 * Says so when the browser blocks our notifications (the badge still counts down), with
 * how to turn them back on. Asks the background, which owns the notifications API.
 */
export function NotificationsBlockedBanner() {
  const i18n = useI18n();
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    // Loaded after the first paint: the protocol (and zod) are not needed to show the plans.
    import('../../messaging/send-message')
      .then(({ sendMessage }) => sendMessage('notificationStatus', {}))
      .then(({ level }) => setBlocked(level === 'denied'))
      // No answer (the worker is restarting): say nothing rather than something wrong.
      .catch(() => setBlocked(false));
  }, []);
  if (!blocked) return null;
  return (
    <section class="banner banner--warning" role="status">
      <p class="banner__title">{i18n.t('popupNotificationsBlocked')}</p>
      <p>{i18n.t('notificationsBlockedHelp')}</p>
    </section>
  );
}
