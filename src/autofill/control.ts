import type { FieldKind } from './field-kind';

/**
 * One thing a person fills on a form, as collected from the page (collect.ts):
 * - `field`: an `<input>` (not radio, checkbox, button, hidden, file…) or a `<textarea>`;
 * - `select`: a `<select>`;
 * - `radio-group`: the radios sharing one `name` in one form (or one root), in page order;
 * - `tiles`: a group of buttons or `role=radio` / `role=option` / `aria-pressed` elements
 *   in one container that offer amounts ("10 €", "25 ₼"): `container` holds them.
 * Every control keeps its elements, so the fill engine can find them again at fill time.
 */
export type Control =
  | { type: 'field'; element: HTMLInputElement | HTMLTextAreaElement }
  | { type: 'select'; element: HTMLSelectElement }
  | { type: 'radio-group'; name: string; elements: HTMLInputElement[] }
  | { type: 'tiles'; container: HTMLElement; elements: HTMLElement[] };

/** A control and what the classifier decided it asks for. */
export interface ClassifiedControl {
  control: Control;
  kind: FieldKind;
  /** 0…1: how sure the classifier is (1 for an explicit carrier selector or autocomplete token). */
  confidence: number;
  /** Which signal decided, for tests and debugging: `selector`, `autocomplete`, `label`, `name`… */
  reason: string;
}

/**
 * The element that stands for a control in expected-classification files and in
 * highlights: the field or select itself, a radio group's first radio, a tile group's
 * container.
 */
export function anchorOf(control: Control): HTMLElement {
  switch (control.type) {
    case 'field':
    case 'select':
      return control.element;
    case 'radio-group':
      return control.elements[0]!;
    case 'tiles':
      return control.container;
  }
}
