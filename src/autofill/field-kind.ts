/**
 * What a form control on a carrier's renewal page asks for, in the words of the HTML
 * autocomplete tokens where one exists (https://html.spec.whatwg.org/#autofill-field).
 * The classifier (classify.ts) gives each control one kind; the fill engine fills only
 * FILLABLE_KINDS, refuses PAYMENT_KINDS and leaves everything else alone.
 */
export const FILLABLE_KINDS = [
  /** The whole number, as the field wants it (international or national). */
  'tel',
  /** "Conferma numero", "Re-enter your number": the twin of `tel`, filled the same way. */
  'tel-confirm',
  /** The number without its country code, beside a `tel-country-code` control. */
  'tel-national',
  /** A country-code control: "+39", "Italia (+39)". */
  'tel-country-code',
  /** A split operator prefix: Azerbaijani `050`/`051`/`055`/`070`/`077` selects. */
  'tel-area-code',
  /** The subscriber part after a `tel-area-code` control: `1234567`. */
  'tel-local',
  'email',
  /** "Conferma e-mail": the twin of `email`. */
  'email-confirm',
  /** The top-up amount: "Taglio di ricarica", "Importo", "Məbləğ". */
  'transaction-amount',
  'given-name',
  'family-name',
  'name',
] as const;

/** Recognised only so that nothing is ever put in them. */
export const PAYMENT_KINDS = ['cc-number', 'cc-exp', 'cc-csc', 'cc-name'] as const;

/**
 * Recognised and left alone: the SIM's serial (never confused with the number), search
 * boxes, captchas, and everything we do not understand.
 */
export const LEFT_ALONE_KINDS = ['iccid', 'search', 'captcha', 'other'] as const;

export type FillableKind = (typeof FILLABLE_KINDS)[number];
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export type FieldKind = FillableKind | PaymentKind | (typeof LEFT_ALONE_KINDS)[number];

/** A carrier's explicit CSS selectors per field kind, tried in order (src/carriers/carrier-schema.ts). */
export type CarrierSelectors = Partial<Record<FillableKind, string[]>>;

export const FIELD_KINDS: readonly FieldKind[] = [...FILLABLE_KINDS, ...PAYMENT_KINDS, ...LEFT_ALONE_KINDS];

export function isFillableKind(kind: FieldKind): kind is FillableKind {
  return (FILLABLE_KINDS as readonly string[]).includes(kind);
}

export function isPaymentKind(kind: FieldKind): kind is PaymentKind {
  return (PAYMENT_KINDS as readonly string[]).includes(kind);
}
