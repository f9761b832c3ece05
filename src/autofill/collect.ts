import type { Control } from './control';
import { MONEY } from './hints';

// One query per root finds every candidate, in page order; iframes come along so their
// documents are visited at their place in the page.
// Inputs that are never ours are left to the selector engine (cheaper than reading each
// one's type here): on a shop page they are the filters' hundreds of checkboxes. HTML
// matches `type` values case-insensitively; where not (XHTML), the type check below still
// skips them.
const CANDIDATES =
  'input:not([type=checkbox],[type=hidden],[type=submit],[type=button],[type=image],[type=file]),' +
  'select,textarea,button,[role=radio],[role=option],[role=button],[aria-pressed],iframe';
// Types a person types a number, an e-mail, an amount or a name into; `element.type` already
// reads an unknown type as `text`. Password comes along only to be recognised and refused
// (card sites put the CVV in one); date, file, checkbox, range… are never ours.
const TEXT_TYPES = new Set(['text', 'tel', 'email', 'number', 'search', 'url', 'password']);

interface TileGroup {
  slot: number;
  container: HTMLElement;
  elements: HTMLElement[];
}

/**
 * Every control a person could fill on a renewal form, in page order: text-like inputs (and
 * password ones, which the classifier recognises only to refuse),
 * textareas, selects, radio groups (by name, per form) and amount tiles (≥ 2 sibling buttons
 * or role=radio/option/button elements whose text is an amount: "10 €", "25 ₼"). Descends
 * into open shadow roots and same-origin iframes; cross-origin frames (card fields of a
 * payment provider, often) are out of reach and skipped. Reads no layout: what is visible is
 * fillable.ts's question. `root` may also be one form of a page (classify-for-fill.ts).
 */
export function collectControls(root: Document | ShadowRoot | Element): Control[] {
  const found: (Control | undefined)[] = [];
  visit(root, found);
  return found.filter((control): control is Control => control !== undefined);
}

function visit(root: Document | ShadowRoot | Element, found: (Control | undefined)[]): void {
  const hosts = shadowHosts(root);
  let nextHost = 0;
  const radioGroups = new Map<Node, Map<string, HTMLInputElement[]>>();
  const tileGroups = new Map<Element, TileGroup>();
  const candidates = root.querySelectorAll<HTMLElement>(CANDIDATES);
  // Indexed, not for…of: a cold page runs this in V8's interpreter, where each step of an
  // iterator is a call and an allocation.
  for (let at = 0, count = candidates.length; at < count; at++) {
    const element = candidates[at]!;
    // Shadow content stands where its host stands.
    while (nextHost < hosts.length && follows(element, hosts[nextHost]!)) visit(hosts[nextHost++]!.shadowRoot!, found);
    const tag = element.tagName;
    if (tag === 'INPUT') {
      const input = element as HTMLInputElement;
      const type = input.type;
      if (type === 'radio') addRadio(input, root, radioGroups, found);
      else if (TEXT_TYPES.has(type)) found.push({ type: 'field', element: input });
    } else if (tag === 'SELECT') found.push({ type: 'select', element: element as HTMLSelectElement });
    else if (tag === 'TEXTAREA') found.push({ type: 'field', element: element as HTMLTextAreaElement });
    else if (tag === 'IFRAME') {
      let frameDocument: Document | null = null;
      try {
        frameDocument = (element as HTMLIFrameElement).contentDocument;
      } catch {
        // Cross-origin: not ours to read.
      }
      if (frameDocument) visit(frameDocument, found);
    } else if (element.parentElement && MONEY.test((element.textContent ?? '').slice(0, 60))) {
      const container = element.parentElement;
      let group = tileGroups.get(container);
      if (!group) {
        group = { slot: found.push(undefined) - 1, container, elements: [] };
        tileGroups.set(container, group);
      }
      group.elements.push(element);
    }
  }
  while (nextHost < hosts.length) visit(hosts[nextHost++]!.shadowRoot!, found);
  placeTiles(tileGroups, found);
}

function addRadio(
  radio: HTMLInputElement,
  root: Document | ShadowRoot | Element,
  groups: Map<Node, Map<string, HTMLInputElement[]>>,
  found: (Control | undefined)[],
): void {
  // Radios without a name group with their siblings' parent, as a browser would not group them at all.
  const scope: Node = radio.name ? (radio.form ?? root) : (radio.parentElement?.parentElement ?? root);
  let byName = groups.get(scope);
  if (!byName) groups.set(scope, (byName = new Map()));
  const group = byName.get(radio.name);
  if (group) group.push(radio);
  else {
    const elements = [radio];
    byName.set(radio.name, elements);
    found.push({ type: 'radio-group', name: radio.name, elements });
  }
}

/**
 * Tiles are often wrapped one per cell (`<li><button>10 €</button></li>`): a lone tile
 * joins its cousins under the grandparent. A group needs two tiles, or it is just a
 * "Pay 10 €" button.
 */
function placeTiles(groups: Map<Element, TileGroup>, found: (Control | undefined)[]): void {
  const cousins = new Map<Element, TileGroup>();
  for (const group of groups.values()) {
    const grandparent = group.container.parentElement;
    if (group.elements.length > 1 || !grandparent) continue;
    const merged = cousins.get(grandparent);
    if (merged) merged.elements.push(group.elements[0]!);
    else cousins.set(grandparent, { slot: group.slot, container: grandparent as HTMLElement, elements: [...group.elements] });
  }
  for (const group of [...groups.values(), ...cousins.values()]) {
    if (group.elements.length > 1) found[group.slot] = { type: 'tiles', container: group.container, elements: group.elements };
  }
}

/**
 * Only custom elements and 18 HTML elements (div, span, section…) can hold a shadow root
 * (https://dom.spec.whatwg.org/#valid-shadow-host-name); no SVG element can. Leaving out
 * the commonest elements that cannot is cheaper than walking every element; a longer list
 * costs the selector engine more than it saves.
 */
const SHADOW_HOST_CANDIDATES = ':not(a,b,br,button,i,img,input,label,li,option,select,strong,td,textarea,tr,svg *)';

/** Elements with an open shadow root, in page order. */
function shadowHosts(root: Document | ShadowRoot | Element): Element[] {
  const hosts: Element[] = [];
  const candidates = root.querySelectorAll(SHADOW_HOST_CANDIDATES);
  for (let at = 0, count = candidates.length; at < count; at++) {
    if (candidates[at]!.shadowRoot) hosts.push(candidates[at]!);
  }
  return hosts;
}

function follows(element: Element, host: Element): boolean {
  // 4: DOCUMENT_POSITION_FOLLOWING. A host's own light children come after its shadow content.
  return (host.compareDocumentPosition(element) & 4) !== 0;
}
