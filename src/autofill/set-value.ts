/**
 * Puts a value into one control the way a person's typing or click would, so pages built
 * with React, Vue or Angular keep it (their state follows the events, not the DOM), and
 * without ever submitting the form.
 */

/** What the fill engine writes into one control. */
export type Entry =
  | { type: 'text'; element: HTMLInputElement | HTMLTextAreaElement; text: string }
  | { type: 'option'; element: HTMLSelectElement; option: HTMLOptionElement }
  /** A radio, or an amount tile (a button, `role=radio`, `aria-pressed`…): pressed like a click. */
  | { type: 'press'; element: HTMLElement };

type Accessor = { get: () => unknown; set: (value: unknown) => void };

/**
 * The browser's own `value` accessor, never the page's.
 *
 * React (and others) wrap `value` on each input instance to notice script writes: a plain
 * `input.value = …` updates their shadow copy, the `input` event then looks like no
 * change, and the next render wipes the field. Writing through the prototype's accessor
 * leaves that copy behind, so the event reads as typing.
 *
 * Whose prototype: the content script runs in Chromium's and Firefox's isolated world,
 * whose prototypes the page cannot reach, so the element's realm (its `defaultView`, which
 * also makes same-origin frames work) normally holds the pristine accessor. We still check
 * that it is native code, in case we ever run in the page's main world (as in the test
 * harness) where a page may have replaced it to watch what is put in; then we try our own
 * realm, and failing both we write the `value` attribute instead (see `writeText`), so a
 * tampered setter never sees a call from us. A native-looking bound wrapper would fool
 * the check; the isolated world is the real defence, this is a second line.
 */
function nativeAccessor(element: Element, name: 'HTMLInputElement' | 'HTMLTextAreaElement' | 'HTMLSelectElement', property: string): Accessor | undefined {
  for (const realm of [element.ownerDocument.defaultView, globalThis] as unknown as Record<string, { prototype: object } | undefined>[]) {
    const descriptor = realm && Object.getOwnPropertyDescriptor(realm[name]?.prototype ?? {}, property);
    if (isNative(descriptor?.get) && isNative(descriptor?.set)) return descriptor as Accessor;
  }
  return undefined;
}

function isNative(fn: unknown): boolean {
  try {
    return typeof fn === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));
  } catch {
    return false;
  }
}

function interfaceOf(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) {
  return element.localName === 'textarea' ? 'HTMLTextAreaElement' : element.localName === 'select' ? 'HTMLSelectElement' : 'HTMLInputElement';
}

/** A field's or select's current value, read past any getter the page put on it. */
export function currentValue(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  const accessor = nativeAccessor(element, interfaceOf(element), 'value');
  return String(accessor ? accessor.get.call(element) : element.value);
}

/**
 * Writes one entry; true when the control now holds it. Fires what a person causes:
 * focus, `input` (an InputEvent that bubbles out of shadow roots), `change`, blur.
 *
 * Focus and blur are dispatched, not done with `focus()`: a real focus makes the browser
 * lay the page out again after each field we wrote (milliseconds per field on a big
 * page), scrolls, and takes the caret from wherever the person left it. Frameworks hear
 * the events all the same (React listens to focusin/focusout, Angular to blur).
 */
export function setValue(entry: Entry): boolean {
  const { element } = entry;
  if (!element.isConnected) return false;
  if (entry.type === 'press') return press(element);
  const view = element.ownerDocument.defaultView!;
  const fire = (event: Event) => element.dispatchEvent(event);
  const focus = (type: string, bubbles: boolean) => fire(new view.FocusEvent(type, { bubbles, composed: true }));
  focus('focus', false);
  focus('focusin', true);
  const written = entry.type === 'text' ? writeText(entry.element, entry.text) : choose(entry.element, entry.option);
  if (written) {
    const data = entry.type === 'text' ? entry.text : null;
    fire(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
    fire(new view.Event('change', { bubbles: true }));
  }
  focus('blur', false);
  focus('focusout', true);
  return written;
}

function writeText(field: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const accessor = nativeAccessor(field, interfaceOf(field), 'value');
  if (accessor) accessor.set.call(field, text);
  // The attribute sets the value only while nobody has edited the field yet: enough for
  // the empty fields we fill, and it calls no setter of the page's.
  else if (field.localName === 'textarea') field.textContent = text;
  else field.setAttribute('value', text);
  return currentValue(field) === text;
}

function choose(select: HTMLSelectElement, option: HTMLOptionElement): boolean {
  const index = [...select.options].indexOf(option);
  if (index < 0) return false;
  const accessor = nativeAccessor(select, 'HTMLSelectElement', 'selectedIndex');
  // An index tells a tampered setter nothing the select does not show anyway.
  if (accessor) accessor.set.call(select, index);
  else select.selectedIndex = index;
  return select.selectedIndex === index;
}

/**
 * Presses a radio or tile with `click()`, which is what frameworks listen to (React's
 * radios change on `click`), after the pointer events a person's press starts with.
 *
 * A click's activation behaviour runs for synthetic clicks too (checked in Chromium by
 * tests/e2e/autofill-visibility.spec.ts): `click()` or a dispatched `click` MouseEvent on
 * a submit button submits its form, on a link it navigates. So a tile that would submit
 * (a `<button>` in a form, without `type` it is a submit button) is made `type=button` for
 * the length of the click and a link loses its `href` for that moment; both are put back
 * exactly as they were. Unlike cancelling the click, this cannot be undone by a page
 * listener that stops the event before ours runs.
 */
function press(element: HTMLElement): boolean {
  const view = element.ownerDocument.defaultView!;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
    const Event = type.startsWith('pointer') && view.PointerEvent ? view.PointerEvent : view.MouseEvent;
    element.dispatchEvent(new Event(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
  }
  const submits = (element as HTMLButtonElement).form && /^(submit|image)$/.test((element as HTMLButtonElement).type);
  const attribute = submits ? 'type' : element.hasAttribute('href') ? 'href' : undefined;
  const before = attribute && element.getAttribute(attribute);
  if (attribute === 'type') element.setAttribute('type', 'button');
  else if (attribute) element.removeAttribute(attribute);
  try {
    element.click();
  } finally {
    if (attribute === 'type' && before === null) element.removeAttribute('type');
    else if (attribute && before !== null) element.setAttribute(attribute, before!);
  }
  return true;
}
