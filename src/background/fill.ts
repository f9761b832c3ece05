import type { Browser, WxtBrowser } from 'wxt/browser';
import { FILL_ANYWHERE_FILE } from '../autofill/built-scripts';
import type { FillReport } from '../autofill/fill-values';
import type { TabMessage } from '../autofill/tab-message';
import { fillCarrierById, fillCarrierForUrl, type FillCarrier } from '../carriers/fill-carrier';
import { carrierById } from '../carriers/registry';
import type { KeeperDatabase } from '../db/database';
import { listActivePlansOf } from '../db/plans';
import { readSettings, turnFillPromptOff } from '../db/settings';
import type { Notify } from '../db/store';
import type { I18n } from '../i18n/i18n';
import type { LanguageChoice } from '../i18n/languages';
import { FILL_COMMAND } from '../manifest/permissions';
import { RejectedMessage } from '../messaging/router';
import { fillReportSchema, type FillOutcomeMessage, type RequestOf, type ResponseOf } from '../messaging/protocol';
import { carrierConventions, fillValuesFor, type FormConventions } from '../plans/fill-values';
import type { Plan } from '../plans/plan';
import { maskPhoneNumberForGlance } from '../plans/phone-mask';
import { fillSummary } from './fill-summary';

export interface FillDeps {
  browser: WxtBrowser;
  db: KeeperDatabase;
  i18nFor: (language: LanguageChoice) => Promise<I18n>;
  /** Tells the background what its own writes changed (start-background.ts: its refresh). */
  notify: Notify;
}

/** The script `fillTab` injects into a page outside the registry (entrypoints/fill-anywhere.ts). */
export const FILL_ANYWHERE_SCRIPT = `/${FILL_ANYWHERE_FILE}`;


type Sender = Browser.runtime.MessageSender;

/**
 * The background's side of form filling (DESIGN.md, "Rules that keep the data safe"):
 * plan data leaves for a tab only after a user action in trusted UI (the prompt iframe,
 * the popup, the keyboard shortcut), only for the carrier whose host the tab shows (taken
 * from the browser's `sender.tab.url` / `tab.url`, never from a message), and only the
 * values a top-up form needs.
 */
export function fillHandlers(deps: FillDeps) {
  const { browser, db } = deps;
  const currentI18n = async () => deps.i18nFor((await readSettings(db)).language);

  async function plansOf(carrier: FillCarrier): Promise<Plan[]> {
    return listActivePlansOf(db, carrier.id);
  }

  /** The tab a prompt iframe is shown in, and its carrier; anything else is refused. */
  function promptTab(sender: Sender): { tabId: number; carrier: FillCarrier } {
    const tabId = sender.tab?.id;
    const carrier = fillCarrierForUrl(sender.tab?.url);
    if (tabId === undefined || carrier === undefined) throw new RejectedMessage('The prompt is shown only in a carrier’s tab');
    return { tabId, carrier };
  }

  async function sendToTab(tabId: number, message: TabMessage): Promise<unknown> {
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  }

  async function outcome(report: FillReport): Promise<FillOutcomeMessage> {
    return { ...report, summary: fillSummary(await currentI18n(), report) };
  }

  async function refusal(say: (i18n: I18n) => string): Promise<FillOutcomeMessage> {
    return { summary: say(await currentI18n()), filled: [], kept: [], noForm: false };
  }

  /** Pushes one plan's values to the carrier content script of the tab and reads its report. */
  async function fillCarrierTab(tabId: number, carrier: FillCarrier, plan: Plan, overwrite: boolean): Promise<FillReport> {
    const values = fillValuesFor(plan, carrierConventions(carrier), overwrite);
    // The content script fills with the carrier's selectors from its own `carrierPage` answer.
    const answer = await sendToTab(tabId, { name: 'fill', values });
    return fillReportSchema.parse(answer);
  }

  /** A site outside the registry: the generic classifier, injected with activeTab + scripting. */
  async function fillOtherTab(tabId: number, plan: Plan, overwrite: boolean): Promise<FillReport> {
    const own = fillCarrierById(plan.carrierId);
    const conventions: FormConventions = own ? carrierConventions(own) : { currency: plan.price?.currency ?? carrierById(plan.carrierId)?.currency };
    const values = fillValuesFor(plan, conventions, overwrite);
    await browser.scripting.executeScript({ target: { tabId }, files: [FILL_ANYWHERE_SCRIPT] });
    return fillReportSchema.parse(await sendToInjected(tabId, { name: 'fill', values }));
  }

  /** A message for the function fill-anywhere.js left in the page's isolated world; its answer. */
  async function sendToInjected(tabId: number, message: TabMessage): Promise<unknown> {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (message: unknown) => (globalThis as unknown as { eskFillAnywhere: (m: unknown) => unknown }).eskFillAnywhere(message),
      args: [message],
    });
    return result?.result;
  }

  /** The fill's sentence in the page (a toast), by whichever script is there; best effort. */
  async function announce(tabId: number, carrier: FillCarrier | undefined, text: string): Promise<void> {
    const message: TabMessage = { name: 'announce', text };
    await (carrier ? sendToTab(tabId, message) : sendToInjected(tabId, message)).catch(() => undefined);
  }

  /** Fills and then says so in the page: the shortcut and the popup, whose own UI is not in the page. */
  async function fillAndAnnounce(tabId: number, carrier: FillCarrier | undefined, plan: Plan, overwrite: boolean): Promise<FillOutcomeMessage> {
    const result = await outcome(carrier ? await fillCarrierTab(tabId, carrier, plan, overwrite) : await fillOtherTab(tabId, plan, overwrite));
    await announce(tabId, carrier, result.summary);
    return result;
  }

  const handlers = {
    async carrierPage(_payload: RequestOf<'carrierPage'>, sender: Sender): Promise<ResponseOf<'carrierPage'>> {
      const carrier = fillCarrierForUrl(sender.tab?.url);
      if (!carrier) return { carrierId: null, offerPrompt: false };
      const [plans, settings] = await Promise.all([plansOf(carrier), readSettings(db)]);
      const offerPrompt = plans.length > 0 && !settings.fillPromptOff.includes(carrier.id);
      return { carrierId: carrier.id, offerPrompt, ...(carrier.autofill.selectors && { selectors: carrier.autofill.selectors }) };
    },

    async promptPlans(_payload: RequestOf<'promptPlans'>, sender: Sender): Promise<ResponseOf<'promptPlans'>> {
      const { carrier } = promptTab(sender);
      const plans = await plansOf(carrier);
      return {
        carrierName: carrier.name,
        plans: plans.map((plan) => ({
          id: plan.id,
          label: plan.label,
          ...(plan.phoneNumber && { number: maskPhoneNumberForGlance(plan.phoneNumber) }),
        })),
      };
    },

    async fillFromPrompt({ planId, overwrite }: RequestOf<'fillFromPrompt'>, sender: Sender): Promise<ResponseOf<'fillFromPrompt'>> {
      const { tabId, carrier } = promptTab(sender);
      const plan = await db.plans.get(planId);
      if (!plan || plan.archived) return refusal((i18n) => i18n.t('fillPlanGone'));
      // The prompt only offers this carrier's plans; a plan id of another carrier is not ours to send here.
      if (plan.carrierId !== carrier.id) throw new RejectedMessage('That plan is not for this carrier');
      return outcome(await fillCarrierTab(tabId, carrier, plan, overwrite));
    },

    async closePrompt({ forCarrier }: RequestOf<'closePrompt'>, sender: Sender): Promise<ResponseOf<'closePrompt'>> {
      const { tabId, carrier } = promptTab(sender);
      // Remembered in settings, so it survives a restart and a backup.
      if (forCarrier && (await turnFillPromptOff(db, carrier.id))) await deps.notify('settings');
      await sendToTab(tabId, { name: 'removePrompt' }).catch(() => undefined);
      return { ok: true };
    },

    async fillTab({ tabId, planId, overwrite }: RequestOf<'fillTab'>, sender: Sender): Promise<ResponseOf<'fillTab'>> {
      // Only the popup names a tab to fill; the prompt iframe fills its own tab, through its own message.
      if (!sender.url?.startsWith(browser.runtime.getURL('/popup.html'))) throw new RejectedMessage('"fillTab" comes from the popup only');
      const plan = await db.plans.get(planId);
      if (!plan || plan.archived) return refusal((i18n) => i18n.t('fillPlanGone'));
      let url: string | undefined;
      try {
        url = (await browser.tabs.get(tabId)).url;
      } catch {
        return refusal((i18n) => i18n.t('fillCannotReach'));
      }
      const carrier = fillCarrierForUrl(url);
      if (carrier && plan.carrierId !== carrier.id) return refusal((i18n) => i18n.t('fillWrongCarrier', carrier.name));
      try {
        return await fillAndAnnounce(tabId, carrier, plan, overwrite);
      } catch {
        // No host access (activeTab not granted, a browser page, the store) or the tab closed.
        return refusal((i18n) => i18n.t('fillCannotReach'));
      }
    },
  };

  /** The keyboard shortcut: the most urgent plan of the carrier the active tab shows. */
  async function onCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<FillOutcomeMessage | undefined> {
    if (command !== FILL_COMMAND || tab?.id === undefined) return undefined;
    const carrier = fillCarrierForUrl(tab.url);
    if (!carrier) return undefined;
    const [plan] = await plansOf(carrier);
    if (!plan) {
      const result = await refusal((i18n) => i18n.t('fillNoPlanForCarrier', carrier.name));
      await announce(tab.id, carrier, result.summary);
      return result;
    }
    return fillAndAnnounce(tab.id, carrier, plan, false).catch(() => undefined);
  }

  return { handlers, onCommand };
}
