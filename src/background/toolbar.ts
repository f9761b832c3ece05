import type { WxtBrowser as Browser } from 'wxt/browser';
import type { I18n } from '../i18n/i18n';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarButton(browser: Browser): Browser['action'] {
  return browser.action ?? browser.browserAction;
}

/** The toolbar tooltip: how many plans the person keeps, so hovering tells them. */
export function toolbarTitle(i18n: I18n, activePlanCount: number): string {
  if (activePlanCount === 0) return i18n.t('toolbarTitleNoPlans');
  return i18n.plural('toolbarTitlePlans', activePlanCount);
}
