import { classifyPage, type ClassifyOptions } from './classify';
import { classifyNumberForms, formOf } from './classify-for-fill';
import { anchorOf, type ClassifiedControl, type Control } from './control';
import { isFillableKind, type FillableKind } from './field-kind';
import type { FillReport, FillValues } from './fill-values';
import { fillability } from './fillable';
import { fitsField, phoneForField, type PhoneKind } from './phone-for-field';
import { pickAmount } from './pick-amount';
import { currentValue, setValue, type Entry } from './set-value';

export interface FillOutcome {
  report: FillReport;
  /** What now holds the plan's values, for highlightFilled: fields, selects, a radio's label, tiles. */
  filled: HTMLElement[];
}

/**
 * Finds the renewal form's fields afresh (a single-page form may have re-rendered since
 * the prompt appeared) and fills them. The forms holding a number are classified first
 * (classify-for-fill.ts); the whole page only when they do not make a renewal form or a
 * person can see none of their fields (a honeypot copy: another form may be the real one).
 */
export function fillForm(root: Document | ShadowRoot, values: FillValues, options?: ClassifyOptions): FillOutcome {
  const numberForms = classifyNumberForms(root, options);
  const outcome = numberForms && fillControls(numberForms, values);
  // Nothing was written when no form was found, so the whole page may be tried afresh.
  return outcome && !outcome.report.noForm ? outcome : fillControls(classifyPage(root, options), values);
}

interface Candidate {
  control: Control;
  kind: FillableKind;
}

/** One control of the renewal form and what the fill does with it, decided before any write. */
interface Step extends Candidate {
  entry?: Entry;
  /** It already holds what we would write. */
  holds?: boolean;
  /** Left as it was: typed by the person, no value for it, or no form of the value fits. */
  keep?: boolean;
}

const TEL_KINDS: readonly FillableKind[] = ['tel', 'tel-national', 'tel-local', 'tel-area-code', 'tel-country-code', 'tel-confirm'];

/**
 * Fills the renewal form among `classified`: reads everything first (which form, whether
 * each field can be seen, what it holds, what it gets), then writes, so the page is laid
 * out once and a half-read form is never half-filled. Payment fields, and everything the
 * classifier left alone, are never touched; nothing is submitted.
 *
 * What a person typed is kept unless they asked to overwrite (`values.overwrite`):
 * - a field counts as empty when it is empty, shows only a mask or a bare "+39", equals
 *   its placeholder, or still holds the `defaultValue` the page wrote in its markup —
 *   unless the browser says the person edited it (`:user-valid` / `:user-invalid`, which
 *   only the person's own edits set) or they are in it right now (focused);
 * - a select or radio group still on the option the page pre-selected (`defaultSelected`,
 *   `defaultChecked`, or a select's first option) was not the person's choice and may be
 *   changed; any other choice is theirs;
 * - amount tiles carry no such trace, so a pressed tile is pressed over.
 */
export function fillControls(classified: ClassifiedControl[], values: FillValues): FillOutcome {
  const candidates = classified.filter((item): item is ClassifiedControl & Candidate => isFillableKind(item.kind));
  const form = renewalForm(candidates);
  // One control per kind: the first in form order that gets a value. A form asks for its
  // number once; a second "Numero di cellulare" in the same form is a honeypot that slipped
  // past the visibility checks, or a custom amount field beside the amount tiles.
  const chosen = new Map<FillableKind, Step>();
  const twinOf = (kind: FillableKind) => (kind === 'tel-confirm' ? 'tel' : kind === 'email-confirm' ? 'email' : undefined);
  // Twins last, so a confirmation gets exactly what its field got, wherever it stands.
  for (const candidate of [...form.filter((c) => !twinOf(c.kind)), ...form.filter((c) => twinOf(c.kind))]) {
    const twin = twinOf(candidate.kind);
    if (chosen.has(candidate.kind)) continue;
    const entry = twin && form.some((c) => c.kind === twin) ? copyOf(chosen.get(twin), candidate.control) : entryFor(candidate, values);
    if (entry) chosen.set(candidate.kind, judged({ ...candidate, entry }, values.overwrite));
  }
  const steps = form.map((candidate): Step => (chosen.get(candidate.kind)?.control === candidate.control ? chosen.get(candidate.kind)! : { ...candidate, keep: !chosen.has(candidate.kind) }));

  const filled: FillableKind[] = [];
  const kept: FillableKind[] = [];
  const shown: HTMLElement[] = [];
  for (const step of steps) {
    // Another control of its kind was chosen: this one is neither filled nor kept.
    if (!step.entry && !step.keep) continue;
    const done = !step.keep && (step.holds || setValue(step.entry!));
    (done ? filled : kept).push(step.kind);
    if (done) shown.push(shownOf(step.entry!));
  }
  const once = (kinds: FillableKind[]) => [...new Set(kinds)];
  return {
    report: { filled: once(filled), kept: once(kept).filter((kind) => !filled.includes(kind)), noForm: form.length === 0 },
    filled: shown,
  };
}

/**
 * The controls of the one form that renews: pages also carry newsletter sign-ups, log-in
 * boxes and search. Controls are grouped by their `<form>` (formless ones together, split
 * by container when that would fill one kind twice); the group holding the number wins,
 * then the one with the amount, then the fullest. A group none of whose controls a person
 * can see is passed over (a honeypot copy of the form), and only its controls are ever
 * checked for visibility.
 */
function renewalForm(candidates: Candidate[]): Candidate[] {
  const groups = new Map<Element | null, Candidate[]>();
  for (const candidate of candidates) {
    const key = formOf(anchorOf(candidate.control));
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const score = (group: Candidate[]) =>
    (group.some((c) => TEL_KINDS.includes(c.kind)) ? 100 : 0) + (group.some((c) => c.kind === 'transaction-amount') ? 10 : 0) + new Set(group.map((c) => c.kind)).size;
  const ranked = [...groups].map(([key, group]) => (key ? group : byContainer(group))).sort((a, b) => score(b) - score(a));
  for (const group of ranked) {
    const seen = group.filter((candidate) => seenControl(candidate.control));
    if (seen.length > 0) return seen;
  }
  return [];
}

/** Formless controls around the number (or the first control), up to the container that would hold one kind twice. */
function byContainer(group: Candidate[]): Candidate[] {
  const repeats = (some: Candidate[]) => new Set(some.map((c) => c.kind)).size < some.length;
  if (!repeats(group)) return group;
  const centre = group.find((c) => TEL_KINDS.includes(c.kind)) ?? group[0]!;
  let found = [centre];
  for (let node = up(anchorOf(centre.control)); node; node = up(node)) {
    const inside = group.filter((c) => holds(node!, anchorOf(c.control)));
    if (repeats(inside)) break;
    found = inside;
  }
  return found;
}

function up(node: Node): Node | null {
  return node.parentNode?.nodeType === 11 ? (node.parentNode as ShadowRoot).host : node.parentNode;
}

function holds(container: Node, element: Node): boolean {
  for (let node: Node | null = element; node; node = up(node)) if (node === container) return true;
  return false;
}

function seenControl(control: Control): boolean {
  const elements = control.type === 'field' || control.type === 'select' ? [control.element] : control.elements;
  return elements.some((element) => fillability(element).fillable);
}

function entryFor({ control, kind }: Candidate, values: FillValues): Entry | undefined {
  if (TEL_KINDS.includes(kind)) return values.phone && phoneForField(control, kind === 'tel-confirm' ? 'tel' : (kind as PhoneKind), values.phone);
  if (kind === 'transaction-amount') return values.amount && pickAmount(control, values.amount);
  const name = values.name;
  const text = kind === 'email' || kind === 'email-confirm' ? values.email : kind === 'name' ? name?.full : kind === 'given-name' ? name?.given : name?.family;
  return text && control.type === 'field' && fitsField(control.element, text) ? { type: 'text', element: control.element, text } : undefined;
}

/** What a confirmation field gets: its twin's text, if the twin gets or holds one and it fits here. */
function copyOf(twin: Step | undefined, control: Control): Entry | undefined {
  if (twin?.keep || twin?.entry?.type !== 'text' || control.type !== 'field') return undefined;
  return fitsField(control.element, twin.entry.text) ? { type: 'text', element: control.element, text: twin.entry.text } : undefined;
}

/** Decides, before anything is written, whether a step already holds its value or must be kept. */
function judged(step: Step & { entry: Entry }, overwrite: boolean): Step {
  const { entry, control } = step;
  if (entry.type === 'text') {
    const now = currentValue(entry.element);
    step.holds = now === entry.text;
    step.keep = !step.holds && !overwrite && typedByPerson(entry.element, now);
  } else if (entry.type === 'option') {
    const select = entry.element;
    const chosen = select.options[select.selectedIndex];
    step.holds = chosen === entry.option;
    const preset = [...select.options].find((option) => option.defaultSelected) ?? select.options[0];
    step.keep = !step.holds && !overwrite && !!chosen && (editedByPerson(select) || chosen !== preset);
  } else if (control.type === 'radio-group') {
    const checked = control.elements.find((radio) => radio.checked);
    step.holds = checked === entry.element;
    step.keep = !step.holds && ((!overwrite && !!checked && (editedByPerson(checked) || !checked.defaultChecked)) || !fillability(entry.element).fillable);
  } else {
    step.holds = ['aria-pressed', 'aria-checked', 'aria-selected'].some((name) => entry.element.getAttribute(name) === 'true');
    step.keep = !step.holds && !fillability(entry.element).fillable;
  }
  return step;
}

function typedByPerson(field: HTMLInputElement | HTMLTextAreaElement, value: string): boolean {
  // A mask ("+39 ___ ____") or a bare country code the page put in is nobody's typing.
  const bare = value.replace(/[\s_\-–().*#•]/g, '');
  if (bare === '' || /^\+\d{0,3}$/.test(bare) || value === field.placeholder) return false;
  return editedByPerson(field) || field.matches(':focus') || value !== field.defaultValue;
}

/** The browser's own record that the person changed this control (Chromium 119+, Firefox 88+, Safari 16.5+). */
function editedByPerson(element: Element): boolean {
  try {
    return element.matches(':user-valid, :user-invalid');
  } catch {
    return false;
  }
}

/** What the person should see highlighted: a radio's label (custom radios hide the input), else the control. */
function shownOf(entry: Entry): HTMLElement {
  const labels = (entry.element as HTMLInputElement).labels;
  return entry.type === 'press' && labels?.[0] ? labels[0] : entry.element;
}
