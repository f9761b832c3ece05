import type { FillValues, PhoneValues } from '../autofill/fill-values';
import { splitCallingCode } from './phone-mask';
import type { Plan } from './plan';

/**
 * How the form's site writes numbers and money: a registry carrier's `autofill` facts, or
 * for a site outside the registry, what the plan itself tells (its number's own country,
 * its price's currency).
 */
export interface FormConventions {
  currency: string | undefined;
  phone?: { countryCode: string; trunkPrefix: string; splitPrefixes?: string[] };
}

/** A registry carrier's conventions. */
export function carrierConventions(carrier: { currency: string; autofill: { phone: FormConventions['phone'] } }): FormConventions {
  return { currency: carrier.currency, phone: carrier.autofill.phone };
}

/**
 * The values a carrier's top-up form gets for one plan: only what such a form asks for
 * (number, e-mail, amount, and the holder's name when the plan has one), already in every
 * shape a field may want, so the content script needs no phone-number library. Never the
 * ICCID, the activation code or notes.
 */
export function fillValuesFor(plan: Plan, conventions: FormConventions, overwrite = false): FillValues {
  const values: FillValues = { overwrite };
  const phone = plan.phoneNumber ? phoneValues(plan.phoneNumber, conventions) : undefined;
  if (phone) values.phone = phone;
  if (plan.email) values.email = plan.email;
  // The plan's money is in its price's currency, or else the carrier's. A top-up in
  // another currency than the site's (a price noted in euros for an Azerbaijani line)
  // would pick the wrong tile: the amount is then left to the person.
  const currency = plan.price?.currency ?? conventions.currency;
  const amount = plan.topUpAmount ?? plan.price?.amount;
  const sameMoney = conventions.currency === undefined || currency === conventions.currency;
  if (amount !== undefined && amount > 0 && currency !== undefined && sameMoney) values.amount = { value: amount, currency };
  if (plan.holderName) values.name = splitName(plan.holderName);
  return values;
}

/**
 * One number in the shapes forms want. A number of another country than the carrier's
 * (a foreign number kept on an Italian plan, say) still gets its own country code and
 * national part; the carrier's trunk prefix and split prefixes apply only at home.
 */
export function phoneValues(e164: string, conventions: FormConventions): PhoneValues | undefined {
  // Stored numbers are valid E.164 (the plan schema checks them with libphonenumber).
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return undefined;
  const { countryCode, national } = splitCallingCode(e164);
  const home = conventions.phone;
  const atHome = home !== undefined && countryCode === home.countryCode;
  const trunkPrefix = atHome ? home.trunkPrefix : '';
  const values: PhoneValues = { international: `+${countryCode}${national}`, countryCode, national, trunkPrefix };
  const withTrunk = `${trunkPrefix}${national}`;
  const prefix = atHome ? home.splitPrefixes?.find((candidate) => withTrunk.startsWith(candidate)) : undefined;
  if (prefix) {
    values.areaCode = prefix;
    values.local = withTrunk.slice(prefix.length);
  }
  return values;
}

/**
 * "Maria Rossi" → given Maria, family Rossi. Forms that ask for the two separately get
 * the last word as the family name (a guess that fits most Italian and Azerbaijani
 * names); a single word is only a full name.
 */
function splitName(holderName: string): NonNullable<FillValues['name']> {
  const full = holderName.trim().replace(/\s+/g, ' ');
  const words = full.split(' ');
  if (words.length < 2) return { full };
  return { full, given: words.slice(0, -1).join(' '), family: words.at(-1)! };
}
