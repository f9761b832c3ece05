import type { CarrierSelectors } from './field-kind';
import { fillForm } from './fill-form';
import type { FillReport, FillValues } from './fill-values';
import { highlightFilled } from './highlight';
import { whileOverlaysHidden } from './page-overlay';

/**
 * A fill as the page sees it, for both scripts that fill (the carrier content script and
 * fill-anywhere): our overlays step aside while the engine checks what a person can see,
 * then the filled fields are highlighted for a moment.
 */
export function fillPage(document: Document, values: FillValues, selectors?: CarrierSelectors): FillReport {
  const outcome = whileOverlaysHidden(() => fillForm(document, values, { selectors }));
  highlightFilled(outcome.filled);
  return outcome.report;
}
