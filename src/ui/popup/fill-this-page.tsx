import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { fillCarrierForUrl } from '../../carriers/fill-carrier';
import { sendMessage } from '../../messaging/send-message';
import type { Plan } from '../../plans/plan';
import { useI18n } from '../i18n-context';

/** The tab "Fill this page" fills: the active tab of the window the popup belongs to. */
async function targetTab(): Promise<{ id: number; url?: string } | undefined> {
  if (import.meta.env.MODE === 'e2e') {
    // In tests the popup is a tab of its own, so the test names the page to fill.
    const named = Number(new URLSearchParams(location.search).get('e2eFillTab'));
    if (named > 0) return browser.tabs.get(named) as Promise<{ id: number; url?: string }>;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

interface Offer {
  tabId: number;
  /** Plans the person may pick: on a carrier's site only that carrier's. */
  plans: Plan[];
  carrierName?: string;
}

/**
 * The popup's "Fill this page": opens a short list of plans to fill the current tab with.
 * Opening the popup granted activeTab, so the tab's address is known here: on a carrier's
 * site only that carrier's plans are offered (the background refuses others anyway);
 * elsewhere every plan with a number or an e-mail, and the generic classifier fills.
 */
export function FillThisPage({ plans, onDone }: { plans: Plan[]; onDone: (summary: string) => void }) {
  const i18n = useI18n();
  const [offer, setOffer] = useState<Offer | undefined>();
  const [busy, setBusy] = useState(false);
  const fillable = plans.filter((plan) => plan.phoneNumber !== undefined || plan.email !== undefined);
  if (fillable.length === 0) return null;

  const open = async () => {
    if (offer) {
      setOffer(undefined);
      return;
    }
    const tab = await targetTab().catch(() => undefined);
    if (!tab) {
      onDone(i18n.t('fillCannotReach'));
      return;
    }
    const carrier = fillCarrierForUrl(tab.url);
    const choices = carrier ? fillable.filter((plan) => plan.carrierId === carrier.id) : fillable;
    if (carrier && choices.length === 0) {
      onDone(i18n.t('fillNoPlanForCarrier', carrier.name));
      return;
    }
    setOffer({ tabId: tab.id, plans: choices, carrierName: carrier?.name });
  };

  const fill = async (plan: Plan) => {
    if (!offer || busy) return;
    setBusy(true);
    try {
      const outcome = await sendMessage('fillTab', { tabId: offer.tabId, planId: plan.id, overwrite: false });
      setOffer(undefined);
      onDone(outcome.summary);
    } catch {
      onDone(i18n.t('fillCannotReach'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="fill-this-page">
      <button type="button" class="secondary-button" aria-expanded={offer ? 'true' : 'false'} aria-controls="fill-this-page-plans" onClick={() => void open()}>
        {i18n.t('popupFillThisPage')}
      </button>
      {offer && (
        <section id="fill-this-page-plans" class="fill-this-page__plans" aria-labelledby="fill-this-page-title">
          <h2 id="fill-this-page-title" class="section-title">
            {i18n.t('popupFillPick')}
          </h2>
          <ul>
            {offer.plans.map((plan) => (
              <li key={plan.id}>
                <button type="button" class="text-button" aria-busy={busy ? 'true' : undefined} onClick={() => void fill(plan)}>
                  {i18n.t('popupFillWith', plan.label)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
