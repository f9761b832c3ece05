import { carrierById } from '../../carriers/registry';
import type { Plan } from '../../plans/plan';

/** The popup shows its search field only from this many plans on: fewer fit on one screen. */
export const SEARCH_FROM_PLAN_COUNT = 9;

/**
 * Whether a plan matches what the person typed: its label, carrier name, country (code or
 * name in `locale`), plan name or phone number. Case and accents do not matter; in a number,
 * spaces, dashes and "+" are ignored, so "333 123" finds +39 333 1234567. An empty query
 * matches every plan.
 */
export function planMatches(plan: Plan, query: string, locale: string): boolean {
  const words = fold(query);
  if (words === '') return true;
  const country = plan.country ?? carrierById(plan.carrierId)?.country;
  const texts = [plan.label, carrierById(plan.carrierId)?.name ?? plan.carrierName, plan.planName, country, country && countryName(country, locale)];
  if (texts.some((text) => text !== undefined && fold(text).includes(words))) return true;
  const digits = query.replace(/[\s+\-().]/g, '');
  return /^\d+$/.test(digits) && plan.phoneNumber !== undefined && plan.phoneNumber.replace(/\D/g, '').includes(digits);
}

/** Lower case, without accents ("Città" → "citta"), spaces trimmed. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase().trim();
}

function countryName(code: string, locale: string): string | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code);
  } catch {
    return undefined;
  }
}
