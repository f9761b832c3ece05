import type { ClassifiedControl, Control } from './control';
import { isFillableKind, type CarrierSelectors, type FieldKind, type FillableKind } from './field-kind';
import { collectControls } from './collect';
import { CURRENCY, HINT_BITS as HINT, hintsIn, MONEY } from './hints';
import { inSearchLandmark, PREFIX_LENGTH, readSignals, type Signals } from './signals';

/** A carrier's explicit selectors per kind (its `autofill.selectors`), tried in order before any hint. */
export interface ClassifyOptions {
  selectors?: CarrierSelectors;
}

// Tokens of https://html.spec.whatwg.org/#autofill-field that decide a kind. Others (`on`,
// `off`, `nope`, `street-address`…) say nothing and the hints decide.
const AUTOCOMPLETE: Record<string, FieldKind> = {
  ...Object.fromEntries(
    ['tel', 'tel-national', 'tel-country-code', 'tel-area-code', 'tel-local', 'email', 'transaction-amount', 'given-name',
      'family-name', 'name', 'cc-number', 'cc-exp', 'cc-csc', 'cc-name'].map((token) => [token, token as FieldKind]),
  ),
  'cc-exp-month': 'cc-exp',
  'cc-exp-year': 'cc-exp',
  'cc-given-name': 'cc-name',
  'cc-family-name': 'cc-name',
  'one-time-code': 'other',
  'current-password': 'other',
  'new-password': 'other',
  username: 'other',
}

/** Kinds the hints score, in the order that breaks a tie. */
const SCORED: readonly [FillableKind, number][] = [
  ['email', HINT.email],
  ['tel', HINT.tel],
  ['transaction-amount', HINT.amount],
  ['name', HINT.fullName],
  ['family-name', HINT.familyName],
  ['given-name', HINT.givenName],
  ['tel-country-code', HINT.countryCode],
  ['tel-area-code', HINT.areaCode],
];
const SCORED_BITS = SCORED.reduce((bits, [, bit]) => bits | bit, 0);
/** Hints that make a field one we refuse to fill (judgeField). */
const REFUSED = HINT.iccid | HINT.captcha | HINT.ccCsc | HINT.ccExp | HINT.ccName | HINT.ccNumber;
const TEL = 1;
const AMOUNT = 2;
const COUNTRY_CODE = 6;
const AREA_CODE = 7;
/** judgeField's scores per SCORED kind: one array for every field, not one each. */
const scores: number[] = SCORED.map(() => 0);
/** Two points, in quarter points (judgeField). */
const ENOUGH = 8;

const COUNTRY_CODE_TEXT = /(?:^|[^\d])\+\s?\d{1,4}(?!\d)|^00\d{1,3}$/;
// Azerbaijani operator prefixes are written 050, 055, 070…; Italian mobile ones 3xx.
const AREA_CODE_TEXT = /^\(?(?:0\d{2}|3\d{2})\)?$/;
const PHONE_PLACEHOLDER = /^(?:[\p{L}.]+\s)?[+(]?\d[\d\s().-]{6,16}\d$/u;
const CARD_PLACEHOLDER = /(?:[\dx•*]{4}[\s-]?){3}[\dx•*]{4}/;
const PLAIN_NUMBER = /^\d+(?:[.,]\d+)?$/;
const CURRENCY_ALONE = new RegExp(`^${CURRENCY}$`, 'i');

interface Verdict {
  kind: FieldKind;
  confidence: number;
  reason: string;
  /** Its label asks to repeat something ("Conferma", "Ripeti"): a twin, if a first one precedes it. */
  confirm?: boolean;
}

/**
 * Decides what each collected control asks for. In order: the carrier's selectors (its
 * first selector that matches a control wins; an invalid one is skipped); the autocomplete
 * token; payment, SIM serial, captcha, search and one-time-code fields, recognised to be
 * left alone; then hints scored over labels, placeholder, name and id, type and inputmode,
 * and the options of selects, radios and tiles. Last, controls are read together per form:
 * a second phone or e-mail field is the first one's confirmation, and a number beside a
 * country-code or operator-prefix control is its national or local part.
 */
export function classifyControls(controls: Control[], options: ClassifyOptions = {}): ClassifiedControl[] {
  const verdicts: (Verdict | undefined)[] = controls.map(() => undefined);
  for (const [kind, selectors] of Object.entries(options.selectors ?? {})) {
    const index = firstMatch(controls, verdicts, selectors ?? []);
    if (index >= 0) verdicts[index] = { kind: kind as FillableKind, confidence: 1, reason: 'selector' };
  }
  const signals = readSignals(controls);
  const decided = verdicts.map((verdict, index) => verdict ?? judge(controls[index]!, signals[index]!));
  readTogether(decided, signals);
  return controls.map((control, index) => {
    const { kind, confidence, reason } = decided[index]!;
    return { control, kind, confidence, reason };
  });
}

/** Collects and classifies the controls of a page or shadow root. */
export function classifyPage(root: Document | ShadowRoot, options: ClassifyOptions = {}): ClassifiedControl[] {
  return classifyControls(collectControls(root), options);
}

function firstMatch(controls: Control[], verdicts: (Verdict | undefined)[], selectors: string[]): number {
  for (const selector of selectors) {
    try {
      const index = controls.findIndex((control, at) => !verdicts[at] && elementsOf(control).some((element) => element.matches(selector)));
      if (index >= 0) return index;
    } catch {
      // A selector the browser cannot parse: the carrier file is wrong, the page still gets the hints.
    }
  }
  return -1;
}

function elementsOf(control: Control): Element[] {
  if (control.type === 'radio-group') return control.elements;
  if (control.type === 'tiles') return [control.container, ...control.elements];
  return [control.element];
}

/** The hint kinds each text of a control mentions (hintsIn bits). */
interface Mentions {
  label: number;
  nearby: number;
  placeholder: number;
  identifiers: number;
  legend: number;
}

function judge(control: Control, signals: Signals): Verdict {
  if (control.type === 'tiles') return { kind: 'transaction-amount', confidence: 0.85, reason: 'tiles' };
  const mentions: Mentions = {
    label: hintsIn(signals.label),
    nearby: hintsIn(signals.nearbyLabel),
    placeholder: hintsIn(signals.placeholder),
    identifiers: hintsIn(signals.identifiers),
    legend: hintsIn(signals.legend),
  };
  if (control.type === 'radio-group') {
    return judgeRadios(signals, mentions.label | mentions.nearby | mentions.legend | mentions.identifiers);
  }
  const verdict = judgeField(control.element, signals, mentions);
  // A password box is never ours, whatever it claims to be; a CVV may hide in one.
  if (signals.type === 'password' && isFillableKind(verdict.kind)) return leftAlone('other');
  return verdict;
}

function judgeField(element: Element, signals: Signals, mentions: Mentions): Verdict {
  const { label, nearby, placeholder, identifiers, legend } = mentions;
  const named = label | nearby;
  const described = placeholder | identifiers;
  const confirm = confirms(named | described);
  const autocompleted = AUTOCOMPLETE[signals.autocomplete];
  if (autocompleted) return { kind: autocompleted, confidence: 1, reason: 'autocomplete', confirm };

  // What the label says decides; placeholder and name decide only when the label names
  // nothing of ours ("Numero di cellulare" with name="cardNumber" stays a phone).
  const mentionsOurs = (named & (HINT.tel | HINT.email | HINT.amount)) !== 0;
  const said = mentionsOurs ? named : named | described;
  // Most fields say nothing of cards, serials, codes or searches: one test skips the chain.
  if (said & REFUSED) {
    // An ICCID has 18–22 digits: a field that takes 10 (name="numeroSim") wants the number.
    if (said & HINT.iccid && !(signals.maxLength > 0 && signals.maxLength < 18)) return leftAlone('iccid');
    // Before the card: "il codice di sicurezza che vedi nell'immagine" is a captcha, not a CVV.
    if (said & HINT.captcha) return leftAlone('captcha');
    if (said & HINT.ccCsc) return leftAlone('cc-csc');
    if (said & HINT.ccExp) return leftAlone('cc-exp');
    if (said & HINT.ccName) return leftAlone('cc-name');
    if (said & HINT.ccNumber) return leftAlone('cc-number');
  }
  if ((signals.placeholder && CARD_PLACEHOLDER.test(signals.placeholder)) || (said & HINT.card && cardShaped(signals))) {
    return leftAlone('cc-number');
  }
  // Inside a fieldset about the card, "Intestatario" is its holder and "Numero" its number.
  if (legend & (HINT.card | HINT.ccNumber) && !mentionsOurs) {
    return leftAlone((named | described) & (HINT.fullName | HINT.givenName | HINT.familyName) ? 'cc-name' : 'cc-number');
  }
  if (signals.type === 'search' || said & HINT.search) return leftAlone('search');
  if (said & HINT.leftAlone) return leftAlone('other');

  // Scores count quarter points, so they stay small integers: a cold page runs this in
  // V8's interpreter, where every fractional `+=` would allocate a number on the heap.
  scores.fill(0);
  if ((named | described | legend) & SCORED_BITS) {
    for (let index = 0; index < SCORED.length; index++) {
      const bit = SCORED[index]![1];
      scores[index] = (label & bit ? 12 : 0) + (nearby & bit ? 10 : 0) + (placeholder & bit ? 8 : 0) + (identifiers & bit ? 8 : 0) + (legend & bit ? 4 : 0);
    }
  }
  const weak = HINT.weakTel;
  if ((named | described) & weak) {
    scores[TEL]! += (label & weak ? 6 : 0) + (nearby & weak ? 5 : 0) + (placeholder & weak ? 4 : 0) + (identifiers & weak ? 4 : 0);
  }
  const reason = label || nearby ? 'label' : placeholder ? 'placeholder' : identifiers ? 'name' : legend ? 'legend' : '';

  const { type, inputMode } = signals;
  if (type === 'tel' || inputMode === 'tel') scores[TEL]! += 10;
  if (type === 'email' || inputMode === 'email') scores[0]! += 12;
  if (type === 'number' || inputMode === 'numeric' || inputMode === 'decimal') {
    scores[TEL]! += 2;
    scores[AMOUNT]! += inputMode === 'decimal' ? 4 : 2;
  }
  if (signals.placeholder && PHONE_PLACEHOLDER.test(signals.placeholder)) scores[TEL]! += 8;
  if ((signals.after && CURRENCY_ALONE.test(signals.after)) || (signals.before && CURRENCY_ALONE.test(signals.before))) scores[AMOUNT]! += 8;

  if (signals.type === 'select') {
    // Codes and amounts all have digits: a select whose options have none comes without them (signals.ts).
    const { options, optionValues } = signals;
    if (mostly(options, optionValues, COUNTRY_CODE_TEXT)) scores[COUNTRY_CODE]! += 20;
    else if (mostly(options, optionValues, AREA_CODE_TEXT)) scores[AREA_CODE]! += 20;
    if (mostly(options, optionValues, MONEY)) scores[AMOUNT]! += 20;
  } else if (signals.maxLength > 0 && signals.maxLength <= PREFIX_LENGTH) {
    const shown = signals.value || signals.placeholder;
    if (/^\+\d{1,4}$/.test(shown)) scores[COUNTRY_CODE]! += 16;
    if (AREA_CODE_TEXT.test(shown)) scores[AREA_CODE]! += 12;
  } else {
    // A prefix is a select or a few characters; a full-width field that mentions one wants the number.
    if (scores[AREA_CODE]! + scores[COUNTRY_CODE]! > 0) scores[TEL]! += 4;
    scores[AREA_CODE] = scores[COUNTRY_CODE] = 0;
  }

  let best = 0;
  for (let index = 1; index < scores.length; index++) if (scores[index]! > scores[best]!) best = index;
  const score = scores[best]!;
  if (score < ENOUGH) return { kind: 'other', confidence: 0.1, reason: 'no signal', confirm };
  // A plain text box inside a search landmark is the site's search, whatever its label says.
  if (signals.type === 'text' && inSearchLandmark(element)) return leftAlone('search');
  const kind = SCORED[best]![0];
  return { kind, confidence: Math.min(0.95, 0.4 + score / 40), reason: reason || (signals.type === 'select' ? 'options' : 'type'), confirm };
}

function judgeRadios(signals: Signals, hints: number): Verdict {
  const { options, optionValues } = signals;
  if (mostly(options, [], MONEY)) return { kind: 'transaction-amount', confidence: 0.9, reason: 'options' };
  if (hints & HINT.amount && mostly(optionValues, [], PLAIN_NUMBER)) {
    return { kind: 'transaction-amount', confidence: 0.8, reason: 'label' };
  }
  return { kind: 'other', confidence: 0.1, reason: 'no signal' };
}

function leftAlone(kind: FieldKind): Verdict {
  return { kind, confidence: 0.9, reason: 'refused' };
}

const confirms = (bits: number) => (bits & HINT.confirm) !== 0;

/** A card number is 13–19 digits: a field that long, or one whose pattern asks for that many. */
function cardShaped({ maxLength, pattern, placeholder }: Signals): boolean {
  return (maxLength >= 13 && maxLength <= 23) || /1[3-9]|16/.test(pattern) || /\d{4}\s\d{4}/.test(placeholder);
}

/** At least two options (one when there are only one or two) and half of those with content match `test` (no `g` flag). */
function mostly(texts: readonly string[], values: readonly string[], test: RegExp): boolean {
  let passed = 0;
  let filled = 0;
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!;
    const value = values[index] ?? '';
    if (!text && !value) continue;
    filled++;
    if (test.test(text) || (value !== '' && test.test(value))) passed++;
  }
  return passed >= Math.min(2, filled) && passed > 0 && passed * 2 >= filled;
}

/**
 * Per form: confirmation twins, and numbers beside a country-code or prefix control. A twin
 * needs a first: "Email per ricevere la conferma" alone is the e-mail, not its confirmation.
 */
function readTogether(verdicts: Verdict[], signals: Signals[]): void {
  const previousInForm = new Map<Node, number>();
  const firsts = new Map<Node, Partial<Record<'tel' | 'email', number>>>();
  const prefixes = new Map<Node, Set<FieldKind>>();
  verdicts.forEach((verdict, index) => {
    const { form, type } = signals[index]!;
    const { kind } = verdict;
    if (kind === 'tel-country-code' || kind === 'tel-area-code') {
      prefixes.set(form, (prefixes.get(form) ?? new Set()).add(kind));
      return; // a prefix between a number and its twin does not part them
    }
    const previous = previousInForm.get(form);
    previousInForm.set(form, index);
    let first = firsts.get(form);
    if (!first) firsts.set(form, (first = {}));
    if (verdict.reason === 'selector') {
      if (kind === 'tel' || kind === 'email') first[kind] ??= index;
      return;
    }
    if (kind === 'other' && verdict.confirm && type !== 'select') {
      // "Ripeti" alone: the twin of the nearest phone or e-mail field before it.
      const tel = first.tel ?? -1;
      const email = first.email ?? -1;
      if (tel >= 0 || email >= 0) verdict.kind = tel > email ? 'tel-confirm' : 'email-confirm';
      return;
    }
    if (kind !== 'tel' && kind !== 'email') return;
    const twin =
      first[kind] !== undefined &&
      (verdict.confirm || (previous === first[kind] && sameShape(signals[previous]!, signals[index]!)));
    if (twin) verdict.kind = `${kind}-confirm`;
    else first[kind] ??= index;
  });
  verdicts.forEach((verdict, index) => {
    if (verdict.kind !== 'tel' || verdict.reason === 'selector') return;
    const kinds = prefixes.get(signals[index]!.form);
    if (kinds?.has('tel-area-code')) verdict.kind = 'tel-local';
    else if (kinds?.has('tel-country-code')) verdict.kind = 'tel-national';
  });
}

function sameShape(first: Signals, second: Signals): boolean {
  return first.type === second.type && first.maxLength === second.maxLength && first.inputMode === second.inputMode;
}
