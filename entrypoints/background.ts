import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../src/background/badge';
import { notificationContent } from '../src/background/notification-content';
import { startBackground, type BackgroundDeps, type RefreshReason } from '../src/background/start-background';
import { captureWorkerErrors, installTestHooks } from '../src/background/test-hooks';
import { keeperDatabase } from '../src/db/database';
import { languageI18n } from '../src/background/language-i18n';
import { i18nForLanguage } from '../src/i18n/browser-i18n';
import { schedule } from '../src/reminders/schedule';

export default defineBackground(() => {
  // `import.meta.env.MODE` is a build-time constant: in production this branch and the
  // test-hooks module are dropped from the bundle.
  if (import.meta.env.MODE === 'e2e') {
    const errors = captureWorkerErrors();
    const refreshes: RefreshReason[] = [];
    const deps = backgroundDeps();
    const background = startBackground(deps, (reason) => refreshes.push(reason));
    installTestHooks(browser, deps.db, errors, refreshes, background);
    return;
  }
  startBackground(backgroundDeps());
});

function backgroundDeps(): BackgroundDeps {
  return {
    browser,
    db: keeperDatabase(),
    // Notifications and the tooltip speak the language chosen in settings.
    i18nFor: languageI18n(i18nForLanguage),
    schedule,
    badge: badgeFor,
    content: notificationContent,
    // Firefox shows no notification buttons; there the click renews and the popup snoozes.
    notificationButtons: !import.meta.env.FIREFOX,
  };
}
