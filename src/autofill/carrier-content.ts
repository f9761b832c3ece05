import type { ResponseOf } from '../messaging/protocol';
import { classifyForFill } from './classify-for-fill';
import { fillPage } from './fill-page';
import { showPromptFrame, showToast } from './page-overlay';
import { recognisesRenewalForm } from './renewal-form';
import { parseTabMessage } from './tab-message';

/** What the background answered to `carrierPage` (a type only: the protocol's zod stays out of this script). */
export type CarrierPageAnswer = ResponseOf<'carrierPage'>;

export interface CarrierContentDeps {
  document: Document;
  /** Asks the background which carrier this tab is and whether to offer the prompt. */
  askCarrierPage: () => Promise<CarrierPageAnswer>;
  /** Our prompt page, `runtime.getURL('/prompt.html')`. */
  promptUrl: string;
  /** The prompt frame's accessible name, in the browser's language. */
  promptTitle: string;
  /**
   * Registers the handler for messages from the background; the entry point passes only
   * messages whose sender is our own background (no tab, our extension id).
   */
  listen: (handler: (message: unknown) => Promise<unknown> | undefined) => void;
  /** How long DOM changes settle before the page is looked at again. */
  settleMs?: number;
}

export interface CarrierContent {
  answer: CarrierPageAnswer;
  /** Resolves when the prompt is on screen (tests). */
  promptShown: Promise<void>;
  stop: () => void;
}

/**
 * The carrier content script: on a registry carrier's page, waits for a renewal form and,
 * when the carrier has plans, offers the prompt; fills when the background sends values
 * after a user action. It never asks for plan data.
 *
 * The form may be rendered late or re-rendered (single-page sites): a MutationObserver
 * looks again once the DOM has been quiet for `settleMs`, never in a busy loop, and stops
 * once the prompt is shown. Filling finds the fields again at that moment.
 */
export async function startCarrierContent(deps: CarrierContentDeps): Promise<CarrierContent> {
  const { document } = deps;
  const settleMs = deps.settleMs ?? 300;
  const answer = await deps.askCarrierPage();
  let removePrompt: (() => void) | undefined;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let promptDismissed = false;
  let resolveShown!: () => void;
  const promptShown = new Promise<void>((resolve) => (resolveShown = resolve));

  const stopWatching = () => {
    observer?.disconnect();
    observer = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const look = () => {
    timer = undefined;
    if (removePrompt || promptDismissed) return;
    if (!recognisesRenewalForm(classifyForFill(document, { selectors: answer.selectors }))) return;
    stopWatching();
    removePrompt = showPromptFrame(document, deps.promptUrl, deps.promptTitle);
    resolveShown();
  };

  if (answer.carrierId !== null && answer.offerPrompt) {
    look();
    if (!removePrompt) {
      const MutationObserverOfPage = document.defaultView?.MutationObserver ?? MutationObserver;
      observer = new MutationObserverOfPage((records) => {
        // Carousels, timers and ads change a page all the time; only new controls can make a
        // form appear, so anything else is not worth classifying the page again.
        if (!records.some(addsControls)) return;
        // Coalesce bursts of changes: one look after the page has been quiet a moment.
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(look, settleMs);
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    }
  }

  if (answer.carrierId !== null) {
    deps.listen((raw) => {
      const message = parseTabMessage(raw);
      if (!message) return undefined;
      switch (message.name) {
        case 'fill':
          return Promise.resolve(fillPage(document, message.values, answer.selectors));
        case 'announce':
          showToast(document, message.text);
          return Promise.resolve({ ok: true });
        case 'removePrompt':
          promptDismissed = true;
          stopWatching();
          removePrompt?.();
          removePrompt = undefined;
          return Promise.resolve({ ok: true });
      }
    });
  }

  return {
    answer,
    promptShown,
    stop: () => {
      stopWatching();
      removePrompt?.();
    },
  };
}

const CONTROLS = 'input, select, textarea, button, [role="radio"], [role="option"]';

/** A change that adds a form control, or an element holding one (a form rendered late, a re-render). */
function addsControls(record: MutationRecord): boolean {
  for (const node of record.addedNodes) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    // Open shadow roots and same-origin frames: their content is not in querySelector's reach.
    if (element.matches(CONTROLS) || element.querySelector(`${CONTROLS}, iframe`) || element.shadowRoot || element.tagName === 'IFRAME') return true;
  }
  return false;
}
