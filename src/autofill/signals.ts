import { anchorOf, type Control } from './control';
import { identifierWords, normalise } from './hints';

/**
 * Everything the classifier looks at for one control, read once from the DOM and
 * normalised (hints.ts `normalise`), so that scoring is plain string work. No layout reads:
 * `textContent`, never `innerText`, and every text is cut at ~200 characters.
 */
export interface Signals {
  /** The autocomplete field token (`tel`, `cc-number`…), after any section-/shipping/billing/home… tokens; '' when absent. */
  autocomplete: string;
  /** The input's type, or `select`, `textarea`, `radio`, `tiles`. */
  type: string;
  inputMode: string;
  /** What the page names the control with: its labels, aria-label(ledby), title. */
  label: string;
  /** A stand-in when there is no label: a floating label beside it, or the nearest text before it. */
  nearbyLabel: string;
  /** The legend of its fieldset (for a radio group, its question). */
  legend: string;
  /** `name` and `id`, read as words ("msisdnConferma" → "msisdn conferma"). */
  identifiers: string;
  placeholder: string;
  /** The nearest text before and after the control, e.g. a "+39" span or a "€" suffix. */
  before: string;
  after: string;
  /**
   * Texts and values of a select's options (none when no option holds a digit), a group's
   * radios or tiles (at most 40), trimmed, not normalised.
   */
  options: readonly string[];
  optionValues: readonly string[];
  /** maxlength, or 0 when the page sets none. */
  maxLength: number;
  pattern: string;
  /** What a field of a prefix's size (maxlength 1–5: "+39", "055") holds; '' for others, which need not be read. */
  value: string;
  /** The form the control belongs to, or its root: twins and prefix + number pairs live in one. */
  form: Node;
}

const TEXT_LIMIT = 200;
/** The widest field read as a prefix box (classify.ts reads its value). */
export const PREFIX_LENGTH = 5;
/** What fields hold instead of options: one shared empty list, not two new ones per field. */
const NO_OPTIONS: readonly string[] = [];
const MAX_OPTIONS = 40;
const SKIPPED_TEXT = new Set(['SCRIPT', 'STYLE', 'SELECT', 'TEXTAREA', 'TEMPLATE', 'NOSCRIPT', 'svg']);
const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);
/** Where the text before a control ends: the legend is read on its own; the label, too, when the control has one. */
const BEFORE = new Set([...CONTROL_TAGS, 'LEGEND']);
const BEFORE_LABELLED = new Set([...BEFORE, 'LABEL']);
const DIGIT = /\d/;
const SECTION_TOKEN = /^(section-|shipping$|billing$|home$|work$|mobile$|fax$|pager$)/;

let passedControl = false;

/**
 * The text of a node, stopping at `limit` characters and after a few hundred nodes, skipping
 * scripts and options. Notes in `passedControl` whether it crossed a form control, because
 * text beyond another control belongs to that control, not to ours. A loop, not recursion:
 * this runs for every control of pages with thousands of them.
 */
export function boundedText(node: Node, limit = TEXT_LIMIT): string {
  let text = '';
  let visited = 0;
  passedControl = false;
  let current: Node = node;
  for (;;) {
    // Each DOM read is a call into the browser: every one is made once per node.
    const type = current.nodeType;
    if (type === 3) text += current.nodeValue;
    else if (type === 1) {
      const tag = (current as Element).tagName;
      if (CONTROL_TAGS.has(tag)) passedControl = true;
      if (!SKIPPED_TEXT.has(tag)) {
        // An element holding only text, as most labels do: all of it in one read.
        if ((current as Element).childElementCount === 0) text += current.textContent;
        else {
          current = current.firstChild!;
          continue;
        }
      }
    }
    if (text.length >= limit || ++visited > 300) break;
    while (current !== node && !current.nextSibling) current = current.parentNode!;
    if (current === node) break;
    current = current.nextSibling!;
  }
  return text.trim().slice(0, limit);
}

/**
 * The text of a control's sibling, or `undefined` where the text before or after the
 * control ends: at another control (its text is that control's) or at an element of
 * `stops`. Most siblings are a bit of white space or another control: those two are
 * answered without walking.
 */
function siblingText(sibling: Node, limit: number, stops: ReadonlySet<string>): string | undefined {
  if (sibling.nodeType === 3) return sibling.nodeValue!.trim().slice(0, limit);
  if (stops.has((sibling as Element).tagName)) return undefined;
  const text = boundedText(sibling, limit);
  return passedControl ? undefined : text;
}

/**
 * What one reading of a root shares between its controls: labels by their `for` (one query
 * per root, not one per control) and legends already read.
 */
interface RootFacts {
  labelsFor: Map<string, Element[]>;
  legends: Map<Element, string>;
}

interface Around {
  root: Document | ShadowRoot;
  fieldset: Element | null;
  form: Element | null;
  label: HTMLLabelElement | null;
}

const SEARCH_LANDMARK = '[role=search],search';
let facts = new Map<Node, RootFacts>();
/** What is around each parent element, for this reading (see `around`). */
let arounds = new Map<Element, Around>();

function factsOf(root: Document | ShadowRoot): RootFacts {
  let known = facts.get(root);
  if (!known) {
    known = { labelsFor: new Map(), legends: new Map() };
    facts.set(root, known);
    const labels = root.querySelectorAll?.('label[for]') ?? [];
    for (let at = 0; at < labels.length; at++) {
      const label = labels[at]!;
      const id = (label as HTMLLabelElement).htmlFor;
      const named = known.labelsFor.get(id);
      if (named) named.push(label);
      else known.labelsFor.set(id, [label]);
    }
  }
  return known;
}

/**
 * The root, and the nearest fieldset, form and label around a form control (never one of
 * those itself), read once per parent: controls share parents, and a catalogue grid holds
 * thousands of them, so a root lookup and three `closest()` walks per control would mostly
 * repeat one another.
 */
function around(control: Element): Around {
  const parent = control.parentElement;
  if (!parent) return aroundOf(control);
  let found = arounds.get(parent);
  if (!found) arounds.set(parent, (found = aroundOf(parent)));
  return found;
}

/** The root, and the nearest fieldset, form and label of `element` or around it. */
function aroundOf(element: Element): Around {
  return { root: element.getRootNode() as Document | ShadowRoot, fieldset: element.closest('fieldset'), form: element.closest('form'), label: element.closest('label') };
}

function legendOf(fieldset: Element | null, known: RootFacts): string {
  if (!fieldset) return '';
  let legend = known.legends.get(fieldset);
  if (legend === undefined) {
    legend = '';
    for (let child = fieldset.firstElementChild; child; child = child.nextElementSibling) {
      if (child.tagName === 'LEGEND') legend = normalise(boundedText(child));
    }
    known.legends.set(fieldset, legend);
  }
  return legend;
}

/** Inside a search landmark (`role=search`, `<search>`): its fields are searches, whatever they say. */
export function inSearchLandmark(element: Element): boolean {
  return element.closest(SEARCH_LANDMARK) !== null;
}

/** The texts of the control's `<label for>`s and of a `<label>` around it that points nowhere else. */
function labelText(element: Element, known: RootFacts, wrapping = around(element).label, id = element.id): string {
  let text = '';
  const labels = id ? known.labelsFor.get(id) : undefined;
  if (labels) for (let at = 0; at < labels.length; at++) text = joined(text, boundedText(labels[at]!));
  return wrapping && !wrapping.htmlFor ? joined(text, boundedText(wrapping)) : text;
}

const joined = (first: string, second: string) => (first && second ? `${first} ${second}` : first || second);

function ariaLabel(element: Element, root: Document | ShadowRoot): string {
  let text = element.getAttribute('aria-label') ?? '';
  const ids = element.getAttribute('aria-labelledby');
  if (ids) {
    for (const id of ids.split(/\s+/)) {
      const labelling = root.getElementById?.(id);
      if (labelling) text = joined(text, boundedText(labelling));
    }
  }
  return joined(text, element.getAttribute('title') ?? '');
}

/**
 * The nearest text before `element` among its siblings, then its parents' siblings (up to
 * three levels, never out of its form): where a page without `<label>` writes the label.
 * `upToLabel`: the control has its label already, and only a prefix between the two ("+39")
 * is wanted.
 */
function precedingText(element: Element, upToLabel = false): string {
  const limit = upToLabel ? 24 : TEXT_LIMIT;
  let node: Node | null = element;
  for (let depth = 0; node && depth < 4; depth++) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      const text = siblingText(sibling, limit, upToLabel ? BEFORE_LABELLED : BEFORE);
      if (text === undefined) return '';
      if (text) return text;
    }
    node = node.parentNode;
    if (!node || node.nodeType !== 1 || (node as Element).tagName === 'FORM' || (node as Element).tagName === 'FIELDSET') break;
  }
  return '';
}

/** The text right after the control: "€" after an amount, a floating label after the input. */
function followingText(element: Element, limit = 20): string {
  for (let sibling = element.nextSibling; sibling; sibling = sibling.nextSibling) {
    const text = siblingText(sibling, limit, CONTROL_TAGS);
    if (text === undefined) return '';
    if (text) return text;
  }
  return '';
}

/**
 * The group a control is read together with (Signals.form): its form; outside any form, the
 * form around its shadow host, or else its root. Not classify-for-fill.ts `formOf`, which
 * answers null outside a form and stops at shadow roots.
 */
function groupOf(element: Element, root: Node, closestForm: Element | null = element.closest('form')): Node {
  const form = (element as HTMLInputElement).form ?? closestForm;
  if (form) return form;
  const host = (root as ShadowRoot).host;
  return host ? groupOf(host, host.getRootNode()) : root;
}

function autocompleteToken(element: Element): string {
  const attribute = element.getAttribute('autocomplete');
  if (!attribute) return '';
  const tokens = attribute.toLowerCase().trim().split(/\s+/);
  while (tokens.length > 1 && SECTION_TOKEN.test(tokens[0]!)) tokens.shift();
  return tokens[0] ?? '';
}

function radioText(radio: HTMLInputElement, known: RootFacts, root: Document | ShadowRoot): string {
  return labelText(radio, known).trim() || ariaLabel(radio, root).trim() || followingText(radio);
}

function withOptions(signals: Signals, texts: string[], values: string[]): Signals {
  signals.options = texts;
  signals.optionValues = values;
  return signals;
}

/** Reads what the classifier needs of each control, in one pass over the page's current state. */
export function readSignals(controls: readonly Control[]): Signals[] {
  facts = new Map();
  arounds = new Map();
  const signals = controls.map(signalsOf);
  // What this reading learnt of the page is stale once it ends.
  facts = new Map();
  arounds = new Map();
  return signals;
}

function signalsOf(control: Control): Signals {
  const anchor = anchorOf(control);
  // A tile group's container may itself be the fieldset or the form.
  const ancestry = control.type === 'tiles' ? aroundOf(anchor) : around(anchor);
  const root = ancestry.root;
  const known = factsOf(root);
  const signals: Signals = {
    autocomplete: '',
    type: control.type === 'radio-group' ? 'radio' : control.type,
    inputMode: '',
    label: '',
    nearbyLabel: '',
    legend: legendOf(ancestry.fieldset, known),
    identifiers: '',
    placeholder: '',
    before: '',
    after: '',
    options: NO_OPTIONS,
    optionValues: NO_OPTIONS,
    maxLength: 0,
    pattern: '',
    value: '',
    form: groupOf(anchor, root, ancestry.form),
  };
  if (control.type === 'radio-group') {
    const group = anchor.closest('[role=radiogroup]');
    signals.label = group ? normalise(ariaLabel(group, root)) : '';
    signals.nearbyLabel = normalise(precedingText(ancestry.label ?? anchor));
    signals.identifiers = identifierWords(control.name);
    const radios = control.elements.slice(0, MAX_OPTIONS);
    return withOptions(
      signals,
      radios.map((radio) => radioText(radio, known, root)),
      radios.map((radio) => radio.value),
    );
  }
  if (control.type === 'tiles') {
    signals.label = normalise(ariaLabel(control.container, root));
    signals.nearbyLabel = normalise(precedingText(control.container));
    signals.identifiers = identifierWords(control.container.id);
    const tiles = control.elements.slice(0, MAX_OPTIONS);
    return withOptions(
      signals,
      tiles.map((tile) => boundedText(tile, 40)),
      tiles.map((tile) => tile.getAttribute('value') ?? tile.dataset.value ?? ''),
    );
  }
  const element = control.element;
  signals.autocomplete = autocompleteToken(element);
  if (control.type === 'select') {
    signals.type = 'select';
    // A select offers only its options: without a digit among them it has no number, prefix
    // or amount to pick, whatever its label says, so neither its options nor its texts are
    // kept (a shop's colour and size pickers). An autocomplete token still decides. Its
    // markup is asked first, one native read, before lists of its options are built: it
    // holds every option's text and value attribute (an option without a value takes its
    // text as one), so no digit there is no digit in the lists; a digit there (even in a
    // class name) only means the lists are built and looked at.
    if (DIGIT.test(control.element.innerHTML)) {
      const options: HTMLOptionElement[] = [].slice.call(control.element.options, 0, MAX_OPTIONS);
      const texts = options.map((option) => (option.textContent ?? '').trim().slice(0, 60));
      const values = options.map((option) => option.value);
      if (DIGIT.test(texts.join('') + values.join(''))) withOptions(signals, texts, values);
    }
    if (signals.options === NO_OPTIONS && !signals.autocomplete) return signals;
  }
  signals.inputMode = (element.getAttribute('inputmode') ?? '').toLowerCase();
  const id = element.id;
  signals.label = normalise(joined(labelText(element, known, ancestry.label, id), ariaLabel(element, root)));
  const name = element.getAttribute('name') ?? '';
  // Pages often give a field the same name and id: reading it once says as much.
  signals.identifiers = identifierWords(name === id ? name : joined(name, id));
  // With a label, only the few characters before matter (a "+39" span); without, that text is the label.
  const labelled = signals.label !== '';
  const before = precedingText(element, labelled);
  const after = followingText(element, labelled ? 20 : TEXT_LIMIT);
  if (before) signals.before = before.toLowerCase();
  if (after) signals.after = after.toLowerCase();
  if (!labelled) {
    // A floating label sits after its input; otherwise the text before stands in.
    const next = element.nextElementSibling;
    const floating = next && (next.tagName === 'LABEL' || next.className.includes('label'));
    signals.nearbyLabel = normalise((floating && after) || before);
  }
  if (control.type === 'select') return signals;
  const field = control.element;
  signals.type = field.type; // a textarea's is 'textarea'
  signals.placeholder = normalise(field.getAttribute('placeholder') ?? '');
  signals.maxLength = Math.max(0, Number(field.getAttribute('maxlength')) || 0);
  signals.pattern = field.getAttribute('pattern') ?? '';
  if (signals.maxLength > 0 && signals.maxLength <= PREFIX_LENGTH) signals.value = field.value.trim().slice(0, 40);
  return signals;
}
