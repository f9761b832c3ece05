import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../plans/plan';
import { useI18n } from '../i18n-context';
import type * as FillTab from './fill-tab';

let fillTabModule: Promise<typeof FillTab> | undefined;
/** The module that does the work (fill-tab.ts), loaded once, after the first paint; a failed load is tried again on the next press. */
const loadFillTab = () =>
  (fillTabModule ??= import('./fill-tab').catch((error: unknown) => {
    fillTabModule = undefined;
    throw error;
  }));

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
  const offered = fillable.length > 0;
  // Effects run after the paint: by the time a person presses the button, its module is in.
  useEffect(() => {
    if (offered) void loadFillTab().catch(() => undefined);
  }, [offered]);
  if (!offered) return null;

  const open = async () => {
    if (offer) {
      setOffer(undefined);
      return;
    }
    const tab = await loadFillTab()
      .then(({ tabToFill }) => tabToFill())
      .catch(() => undefined);
    if (!tab) {
      onDone(i18n.t('fillCannotReach'));
      return;
    }
    const { carrier } = tab;
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
      const outcome = await (await loadFillTab()).fillTab(offer.tabId, plan.id);
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
