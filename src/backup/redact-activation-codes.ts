import { parseActivationCode } from '../plans/activation-code';
import type { Plan } from '../plans/plan';

// An LPA string wherever it sits in free text ("code: LPA:1$smdp.io$ABC-123, thanks").
const LPA_IN_TEXT = /LPA:1\$[^\s"',;<>]*/gi;
/** What an activation code becomes: says one was there, gives away nothing, not even the address. */
export const REDACTED_ACTIVATION_CODE = 'LPA:1$••••••••';
const REDACTED_MATCHING_ID = '••••••••';
// Shorter matching ids are too likely to be ordinary words or numbers to blank out.
const MIN_MATCHING_ID_TO_REDACT = 8;

/**
 * Free text from a plan (notes, a label, a localized summary) with activation codes blanked
 * out (`LPA:1$••••••••`): a person may have pasted the code into the notes, and CSV
 * and calendar files travel to places the JSON backup does not (DESIGN.md: the code
 * never goes into CSV or ICS). Blanks any LPA string, and the plan's own code and matching
 * id wherever they appear.
 */
export function redactActivationCodes(text: string, plan?: Pick<Plan, 'activationCode'>): string {
  let redacted = text.replace(LPA_IN_TEXT, REDACTED_ACTIVATION_CODE);
  const own = plan?.activationCode;
  if (own) {
    redacted = redacted.split(own).join(REDACTED_ACTIVATION_CODE);
    const parsed = parseActivationCode(own);
    const matchingId = parsed.ok ? parsed.value.matchingId : '';
    if (matchingId.length >= MIN_MATCHING_ID_TO_REDACT) redacted = redacted.split(matchingId).join(REDACTED_MATCHING_ID);
  }
  return redacted;
}
