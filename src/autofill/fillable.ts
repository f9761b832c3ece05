/**
 * Whether a person can see and edit a control, so the fill engine puts nothing where they
 * would not notice it (DESIGN.md, "Rules that keep the data safe"): honeypots, fields
 * parked off-screen, covered by an overlay, faded out, inert or disabled.
 *
 * Called only for the few controls the classifier deemed fillable, never for every
 * control on a page: each call reads computed styles up the tree and samples hit-testing.
 * Reads only; it never writes to the page, so a batch of calls lays the page out once.
 */
export type Unfillable =
  | 'hidden'
  | 'off-screen'
  | 'zero-size'
  | 'transparent'
  | 'clipped'
  | 'covered'
  | 'aria-hidden'
  | 'inert'
  | 'disabled'
  | 'read-only'
  | 'detached';

export type Fillability = { fillable: true } | { fillable: false; reason: Unfillable };

/** Smaller than this either way and a person cannot see or hit it (the 1×1 honeypot). */
const MIN_SIZE = 4;
/** Fainter than this (opacity multiplied down the tree) and nobody reads it. */
const MIN_OPACITY = 0.1;

/**
 * Custom radios often hide the native input (opacity 0, a 0×0 box, clipped, even
 * display:none) and show a styled `<label>` instead: clicking the label checks the radio.
 * So a radio counts as seen when the radio itself or one of its labels is seen. Its own
 * state still decides alone: a disabled, inert or aria-hidden radio is never filled.
 */
export function fillability(element: Element): Fillability {
  const state = stateProblem(element);
  if (state) return { fillable: false, reason: state };
  const sight = sightProblem(element);
  if (!sight) return { fillable: true };
  const labels = isRadio(element) ? [...(element.labels ?? [])] : [];
  return labels.some((label) => !sightProblem(label)) ? { fillable: true } : { fillable: false, reason: sight };
}

function isRadio(element: Element): element is HTMLInputElement {
  return element.localName === 'input' && (element as HTMLInputElement).type === 'radio';
}

/** What the page's markup says about the control, whatever it looks like. */
function stateProblem(element: Element): Unfillable | undefined {
  if (!element.isConnected) return 'detached';
  // `:disabled` also matches a control inside a disabled `<fieldset>` (outside its legend).
  if (element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true') return 'disabled';
  if (!isRadio(element) && (element as HTMLInputElement).readOnly === true) return 'read-only';
  for (const node of ancestry(element, true)) {
    if (node.hasAttribute('inert')) return 'inert';
    if (node.getAttribute('aria-hidden') === 'true') return 'aria-hidden';
  }
  return undefined;
}

/** What the page's layout shows of the element: styles up the tree, its box, hit-testing. */
function sightProblem(element: Element): Unfillable | undefined {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'detached';
  // content-visibility:auto is deliberately not asked for: it skips rendering sections
  // below the fold, which the person can still scroll to and fill.
  if (element.checkVisibility?.({ visibilityProperty: true }) === false) return 'hidden';
  const rect = element.getBoundingClientRect();
  let opacity = 1;
  let clipped = false;
  // A fixed box escapes its ancestors' overflow clipping (short of a transformed ancestor).
  let fixed = false;
  for (const node of ancestry(element, false)) {
    const style = view.getComputedStyle(node);
    const own = node === element;
    if (node.hasAttribute('hidden') || style.display === 'none') return 'hidden';
    if (own && (style.visibility === 'hidden' || style.visibility === 'collapse')) return 'hidden';
    if (!own && style.contentVisibility === 'hidden') return 'hidden';
    // A closed <details> shows its <summary> only.
    if (!own && node.localName === 'details' && !node.hasAttribute('open') && !element.closest('summary')) return 'hidden';
    const faded = Number.parseFloat(style.opacity);
    if (!Number.isNaN(faded)) opacity *= faded;
    if (own) fixed = style.position === 'fixed';
    if (clipped || !clipsAnything(style, own)) continue;
    const box = own ? rect : node.getBoundingClientRect();
    clipped = clipShut(style, box) || clipPathShut(style.clipPath, box) || (!own && !fixed && overflowHides(node, style, box, rect));
  }
  if (opacity < MIN_OPACITY) return 'transparent';
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return 'zero-size';
  if (offScreen(element, rect, view)) return 'off-screen';
  if (clipped) return 'clipped';
  if (covered(element, rect)) return 'covered';
  const frame = frameOf(element.ownerDocument);
  return frame ? sightProblem(frame) : undefined;
}

/**
 * The element and its ancestors in the flat tree: through slots and shadow hosts and,
 * when `crossFrames`, out of same-origin frames into the frame element's document
 * (an inert or aria-hidden `<iframe>` hides everything inside it).
 */
function* ancestry(element: Element, crossFrames: boolean): Generator<Element> {
  let node: Element | null = element;
  while (node) {
    yield node;
    const parent: Node | null = node.parentNode;
    node =
      node.assignedSlot ??
      node.parentElement ??
      (parent?.nodeType === 11 ? (parent as ShadowRoot).host : null) ??
      (crossFrames && parent?.nodeType === 9 ? frameOf(parent as Document) : null);
  }
}

function frameOf(document: Document): Element | null {
  try {
    return document.defaultView?.frameElement ?? null;
  } catch {
    // A cross-origin parent: its layout is not ours to read.
    return null;
  }
}

/** Whether a box needs measuring: most of the tree clips nothing, and measuring costs. */
function clipsAnything(style: CSSStyleDeclaration, own: boolean): boolean {
  // A display:contents box has no box of its own, so it clips nothing.
  if (style.display === 'contents') return false;
  return (
    (style.clip?.startsWith('rect(') ?? false) ||
    (!!style.clipPath && style.clipPath !== 'none') ||
    (!own && /hidden|clip/.test(style.overflowX + style.overflowY))
  );
}

/** `clip: rect(0 0 0 0)` and the `rect(1px, 1px, 1px, 1px)` of screen-reader-only styles. */
function clipShut(style: CSSStyleDeclaration, box: DOMRect): boolean {
  if (!style.clip?.startsWith('rect(') || (style.position !== 'absolute' && style.position !== 'fixed')) return false;
  const [top, right, bottom, left] = style.clip
    .slice(5, -1)
    .split(/[\s,]+/)
    .map((part) => (part === 'auto' ? undefined : Number.parseFloat(part)));
  const width = (right ?? box.width) - (left ?? 0);
  const height = (bottom ?? box.height) - (top ?? 0);
  return width < MIN_SIZE || height < MIN_SIZE;
}

/** `clip-path: inset(50%)`, `circle(0)`, `ellipse(0 0)`: shapes that leave nothing to see. */
function clipPathShut(clipPath: string, box: DOMRect): boolean {
  if (!clipPath || clipPath === 'none') return false;
  const shape = /^(inset|circle|ellipse)\(([^)]*)\)/.exec(clipPath);
  if (!shape) return false;
  const args = shape[2]!.split(/\s+(?:round|at)\s+/)[0]!.trim().split(/\s+/);
  const length = (part: string | undefined, of: number) =>
    part === undefined ? 0 : part.endsWith('%') ? (Number.parseFloat(part) * of) / 100 : Number.parseFloat(part) || 0;
  if (shape[1] === 'inset') {
    const [top, right = top, bottom = top, left = right] = args;
    return (
      box.height - length(top, box.height) - length(bottom, box.height) < MIN_SIZE ||
      box.width - length(left, box.width) - length(right, box.width) < MIN_SIZE
    );
  }
  // A radius keyword (closest-side…) or an empty circle() is never zero.
  return args.slice(0, shape[1] === 'circle' ? 1 : 2).some((part) => /^[\d.]/.test(part) && length(part, Math.min(box.width, box.height)) * 2 < MIN_SIZE);
}

/** An ancestor that hides its overflow and whose box leaves no visible part of the element. */
function overflowHides(node: Element, style: CSSStyleDeclaration, box: DOMRect, rect: DOMRect): boolean {
  // html and body hand their overflow to the viewport: that is scrolling, not clipping.
  if (node.localName === 'html' || node.localName === 'body') return false;
  const hides = (value: string) => value === 'hidden' || value === 'clip';
  const across = Math.min(box.right, rect.right) - Math.max(box.left, rect.left);
  const down = Math.min(box.bottom, rect.bottom) - Math.max(box.top, rect.top);
  return (hides(style.overflowX) && across < MIN_SIZE) || (hides(style.overflowY) && down < MIN_SIZE);
}

/**
 * Outside the area a person can scroll to (the document's scrollable area starts at 0, so
 * `left: -9999px` is out of reach). A field below the fold is on-screen: they scroll.
 */
function offScreen(element: Element, rect: DOMRect, view: Window): boolean {
  const root = element.ownerDocument.documentElement;
  const left = rect.left + view.scrollX;
  const top = rect.top + view.scrollY;
  const across = Math.min(left + rect.width, Math.max(root.scrollWidth, view.innerWidth)) - Math.max(left, 0);
  const down = Math.min(top + rect.height, Math.max(root.scrollHeight, view.innerHeight)) - Math.max(top, 0);
  return across < MIN_SIZE || down < MIN_SIZE;
}

/**
 * Something else is on top: none of a few points inside the element hits it, one of its
 * descendants or one of its labels. Hit-testing asks the element's own root (document or
 * shadow root), so a field inside a shadow root is not mistaken for being under its host.
 * Points outside the viewport are not sampled: a field below the fold cannot be judged
 * without scrolling, and scrolling the page is not ours to do.
 */
function covered(element: Element, rect: DOMRect): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  const viewport = element.ownerDocument.documentElement;
  if (typeof root.elementFromPoint !== 'function') return false;
  // `labels` walks the whole tree on each call: asked only when a point hits something else.
  let labels: Element[] | undefined;
  let sampled = false;
  for (const [fx, fy] of [
    [0.5, 0.5],
    [0.2, 0.5],
    [0.8, 0.5],
  ] as const) {
    const x = rect.left + rect.width * fx;
    const y = rect.top + rect.height * fy;
    if (x < 0 || y < 0 || x >= viewport.clientWidth || y >= viewport.clientHeight) continue;
    sampled = true;
    const hit = root.elementFromPoint(x, y);
    if (!hit) continue;
    labels ??= [...((element as HTMLInputElement).labels ?? [])];
    if (element.contains(hit) || labels.some((label) => label.contains(hit))) return false;
  }
  return sampled;
}
