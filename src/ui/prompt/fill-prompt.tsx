import { useEffect, useRef, useState } from 'preact/hooks';
import type { FillOutcomeMessage, ResponseOf } from '../../messaging/protocol';
import { useI18n } from '../i18n-context';
import { Logo } from '../logo';
import { useSeenForSure } from './use-seen-for-sure';
import './fill-prompt.css';

/** What the prompt asks of the background (src/background/fill.ts), as messages. */
export interface PromptApi {
  plans: () => Promise<ResponseOf<'promptPlans'>>;
  fill: (planId: string, overwrite: boolean) => Promise<FillOutcomeMessage>;
  close: (forCarrier: boolean) => Promise<void>;
}

type State =
  | { step: 'loading' }
  | { step: 'failed' }
  | { step: 'ready'; offer: ResponseOf<'promptPlans'>; filling: boolean; outcome?: FillOutcomeMessage };

/**
 * The in-page prompt on a carrier's renewal page: an extension page shown in an iframe
 * (src/autofill/page-overlay.ts), so the page cannot read the plan labels or numbers in it.
 * "Fill with <plan>" (a picker when the carrier has several plans), "Not now", and "Don't
 * offer on <carrier>'s site". After a fill it says what was filled and offers to replace
 * what the person had already typed.
 */
export function FillPrompt({ api }: { api: PromptApi }) {
  const i18n = useI18n();
  const [state, setState] = useState<State>({ step: 'loading' });
  // The plan picked in the picker ('' until one is: see chosenOf).
  const [planId, setPlanId] = useState('');
  // The whole prompt must be seen for sure, not one button: a fill's message can push the
  // buttons about, and "Replace what was typed" needs the same protection as "Fill".
  const prompt = useRef<HTMLElement>(null);
  const seen = useSeenForSure(prompt, state.step === 'ready');

  useEffect(() => {
    api.plans().then(
      (offer) => setState({ step: 'ready', offer, filling: false }),
      () => setState({ step: 'failed' }),
    );
  }, [api]);

  const fill = async (overwrite: boolean) => {
    if (state.step !== 'ready' || state.filling || !seen) return;
    const plan = chosenOf(state.offer.plans, planId);
    if (!plan) return;
    setState({ ...state, filling: true, outcome: undefined });
    try {
      const outcome = await api.fill(plan.id, overwrite);
      setState({ ...state, filling: false, outcome });
    } catch {
      setState({ ...state, filling: false, outcome: { summary: i18n.t('popupActionFailed'), filled: [], kept: [], noForm: false } });
    }
  };

  const close = (forCarrier: boolean) => void api.close(forCarrier).catch(() => undefined);

  if (state.step === 'loading') return <main class="fill-prompt" aria-busy="true" />;
  const offer = state.step === 'ready' ? state.offer : undefined;
  const plans = offer?.plans ?? [];
  const chosen = chosenOf(plans, planId);
  const outcome = state.step === 'ready' ? state.outcome : undefined;

  return (
    // The frame's one landmark: the whole prompt is its main content.
    <main class="fill-prompt" ref={prompt}>
      <header class="fill-prompt__header">
        <Logo size={22} />
        <h1 class="fill-prompt__title">{i18n.t('promptHeading')}</h1>
        <button type="button" class="secondary-button fill-prompt__close" onClick={() => close(false)}>
          {outcome ? i18n.t('promptClose') : i18n.t('promptNotNow')}
        </button>
      </header>
      {state.step === 'failed' || plans.length === 0 ? (
        <p class="fill-prompt__line">{state.step === 'failed' ? i18n.t('popupActionFailed') : i18n.t('promptNoPlans')}</p>
      ) : (
        <>
          {!outcome && <p class="fill-prompt__line">{i18n.t('promptExplain')}</p>}
          <div class="fill-prompt__actions">
            {plans.length > 1 && (
              <label class="fill-prompt__picker">
                <span class="visually-hidden">{i18n.t('promptPlan')}</span>
                <select value={chosen?.id} onChange={(event) => setPlanId(event.currentTarget.value)}>
                  {plans.map((plan) => (
                    <option key={plan.id} value={plan.id}>
                      {plan.number ? `${plan.label} · ${plan.number}` : plan.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button
              type="button"
              class="primary-button"
              // Not `disabled`: a disabled button loses the keyboard focus and its name is
              // harder to find; a click before it was seen for sure does nothing.
              aria-disabled={!seen || state.filling ? 'true' : undefined}
              onClick={() => void fill(false)}
            >
              {plans.length > 1 ? i18n.t('promptFill') : i18n.t('promptFillWith', chosen!.label)}
            </button>
            {outcome && outcome.kept.length > 0 && (
              <button type="button" class="secondary-button" aria-disabled={!seen || state.filling ? 'true' : undefined} onClick={() => void fill(true)}>
                {i18n.t('promptReplace')}
              </button>
            )}
          </div>
          {!outcome && offer && (
            <button type="button" class="fill-prompt__off" onClick={() => close(true)}>
              {i18n.t('promptTurnOff', offer.carrierName)}
            </button>
          )}
        </>
      )}
      <p class="fill-prompt__status" role="status">
        {state.step === 'ready' && state.filling ? i18n.t('promptFilling') : (outcome?.summary ?? '')}
      </p>
    </main>
  );
}

/** The plan picked in the picker, or the first (the most urgent) until one is picked. */
function chosenOf<T extends { id: string }>(plans: readonly T[], planId: string): T | undefined {
  return plans.find((plan) => plan.id === planId) ?? plans[0];
}
