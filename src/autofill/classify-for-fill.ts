import { classifyControls, classifyPage, type ClassifyOptions } from './classify';
import { collectControls } from './collect';
import { anchorOf, type ClassifiedControl, type Control } from './control';
import { HINT_BITS, hintsIn, identifierWords, normalise } from './hints';
import { recognisesRenewalForm } from './renewal-form';
import { boundedText } from './signals';

/**
 * The classification the fill and the prompt need: that of the forms that hold a number
 * field, when those alone make a renewal form; else the whole page (classifyPage).
 *
 * The fill works on the one form holding the number (fill-form.ts `renewalForm`), and a
 * carrier page may put a few thousand other controls around it (a shop catalogue, an
 * address book). Classifying all of them costs tens of milliseconds; finding the forms
 * whose controls are named like a number costs one selector query. A number form is
 * classified whole (with its twins and prefixes, as classifyPage reads them), so each of
 * its controls gets exactly the kind classifyPage gives it.
 *
 * What it cannot see, classifyPage decides: a page whose only number forms are named by
 * text on the page (no label, no attribute), a formless field with phone markup (type,
 * inputmode, autocomplete: the formless group spans the whole page), a control owned by a
 * form from outside it (`form=`), shadow roots or frames inside a number form, a carrier
 * selector matching outside any form. One choice may differ from the whole page's, by
 * design: when a page holds a second candidate that this sift cannot see (a form named
 * only by text, a formless number field named only by its name or placeholder, a form in
 * a shadow root), the forms found here win where classifyPage's ranking might have
 * preferred the other. Every fixture fills the same either way.
 */
export function classifyForFill(root: Document | ShadowRoot, options: ClassifyOptions = {}): ClassifiedControl[] {
  return classifyNumberForms(root, options) ?? classifyPage(root, options);
}

/** The classified controls of the number forms, when they make a renewal form; undefined when classifyPage must decide. */
export function classifyNumberForms(root: Document | ShadowRoot, options: ClassifyOptions = {}): ClassifiedControl[] | undefined {
  const controls = numberFormControls(root, options);
  const classified = controls && classifyControls(controls, options);
  return classified && recognisesRenewalForm(classified) ? classified : undefined;
}

const NUMBER_BITS = HINT_BITS.tel | HINT_BITS.weakTel;
/** Fields that say phone in their markup. */
const PHONE_MARKUP = 'input:is([type=tel],[inputmode="tel" i],[autocomplete*="tel" i])';

/** Its type, inputmode or autocomplete say phone, or its name, id, placeholder, aria-label or title mention a number (HINTS.tel, HINTS.weakTel). */
function namesANumber(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): boolean {
  const attribute = (name: string) => element.getAttribute(name) ?? '';
  if (element.type === 'tel' || /^tel$/i.test(attribute('inputmode')) || /(?:^|\s)tel/i.test(attribute('autocomplete'))) return true;
  const texts = [identifierWords(`${attribute('name')} ${element.id}`), attribute('placeholder'), `${attribute('aria-label')} ${attribute('title')}`];
  return texts.some(mentionsANumber);
}

const mentionsANumber = (text: string) => (hintsIn(normalise(text)) & NUMBER_BITS) !== 0;

/** The form a control belongs to (fill-form.ts groups controls by it); null outside any. */
export function formOf(element: Element): Element | null {
  return (element as HTMLInputElement).form ?? element.closest('form');
}

/**
 * The controls of every form that holds a field named like a number or that a carrier
 * selector points into, in page order; undefined when the page's formless controls or
 * its markup (see classifyForFill) make the forms' own controls an unsafe stand-in for
 * the page's.
 */
function numberFormControls(root: Document | ShadowRoot, options: ClassifyOptions): Control[] | undefined {
  const pointedAt = new Set<Element>();
  for (const selectors of Object.values(options.selectors ?? {})) {
    for (const selector of selectors ?? []) {
      let matched: Iterable<Element> = [];
      try {
        matched = root.querySelectorAll(selector);
      } catch {
        // Invalid: classifyControls skips it too.
      }
      for (const element of matched) {
        const form = formOf(element);
        // Its first match decides a kind page-wide: the page must be read.
        if (!form) return undefined;
        pointedAt.add(form);
      }
    }
  }
  // A formless phone field: the formless group may hold the number, and it spans the page.
  for (const element of root.querySelectorAll(PHONE_MARKUP)) if (!formOf(element)) return undefined;
  const controls: Control[] = [];
  for (const form of root.querySelectorAll('form')) {
    // A form inside a form (built by script): whose controls are whose is the page's question.
    if (form.parentElement?.closest('form')) return undefined;
    const held = collectControls(form);
    // Any of its labels will do: which control a label names is the classifier's question.
    const number =
      held.some((control) => (control.type === 'field' || control.type === 'select') && namesANumber(control.element)) ||
      [...form.querySelectorAll('label')].some((label) => mentionsANumber(boundedText(label)));
    if (!number && !pointedAt.has(form)) continue;
    // Its controls must be what it holds: none owned from outside (`form=`), none owned elsewhere, none in a
    // shadow root or frame inside it (those belong to no form here, and join the page's formless group).
    if ([...form.elements].some((element) => !form.contains(element))) return undefined;
    if (held.some((control) => formOf(anchorOf(control)) !== form)) return undefined;
    controls.push(...held);
  }
  return controls.length > 0 ? controls : undefined;
}
