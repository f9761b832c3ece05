import type { FillableKind } from './field-kind';

/**
 * What the background sends to a carrier tab after the person asked to fill it: one
 * plan's values, already normalised, so the content script only picks the form each field
 * wants (the content script carries no phone-number library). Only what a renewal form
 * asks for; never the ICCID, the activation code or notes.
 */
export interface FillValues {
  phone?: PhoneValues;
  email?: string;
  /** The plan's usual top-up, in its currency. */
  amount?: { value: number; currency: string };
  /** Only when the plan has a holder name. */
  name?: { full: string; given?: string; family?: string };
  /** The person asked to replace what is already typed in the fields. */
  overwrite: boolean;
}

/**
 * One number in every shape a form may want. For +994 50 123 45 67:
 * `{ international: '+994501234567', countryCode: '994', national: '501234567',
 *    trunkPrefix: '0', areaCode: '050', local: '1234567' }`.
 * For +39 333 123 4567: national `3331234567`, no trunk prefix, no area code.
 */
export interface PhoneValues {
  /** E.164. */
  international: string;
  /** Digits only, without `+`. */
  countryCode: string;
  /** The national significant number: digits after the country code. */
  national: string;
  /** The digit(s) dialled before the national number at home (`0` in Azerbaijan, `` in Italy). */
  trunkPrefix: string;
  /** The operator prefix as the carrier's prefix select writes it (`050`), when it splits. */
  areaCode?: string;
  /** The rest of the number after `areaCode`. */
  local?: string;
}

/** What the content script did with the values, for the prompt's message. */
export interface FillReport {
  /** Kinds filled, each once, in form order. */
  filled: FillableKind[];
  /** Fields found but left as they were: already typed by the person, or no value for them. */
  kept: FillableKind[];
  /** No renewal form on the page. */
  noForm: boolean;
}
