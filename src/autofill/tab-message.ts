import type { FillValues, PhoneValues } from './fill-values';

/**
 * What the background sends to a tab's content script (`tabs.sendMessage`), the other
 * direction of src/messaging/protocol.ts:
 * - `fill`: one plan's values, after the person asked (prompt, shortcut, popup). The carrier's
 *   selectors are not sent again: the content script has them from its `carrierPage` answer;
 * - `announce`: a sentence to show in the page ("Number and amount filled — review and pay");
 * - `removePrompt`: the person closed the prompt.
 */
export type TabMessage =
  | { name: 'fill'; values: FillValues }
  | { name: 'announce'; text: string }
  | { name: 'removePrompt' };

/**
 * Checks a message from the background field by field. Hand-written instead of zod: it
 * runs in every carrier page, where zod/mini alone would take a third of the content
 * script's size budget; tab-message.test.ts proves it agrees with a zod schema of the
 * same shape. Anything unexpected, including extra fields, is refused.
 */
export function parseTabMessage(message: unknown): TabMessage | undefined {
  if (!isRecord(message)) return undefined;
  switch (message.name) {
    case 'fill':
      return onlyKeys(message, ['name', 'values']) && isFillValues(message.values) ? (message as TabMessage) : undefined;
    case 'announce':
      return onlyKeys(message, ['name', 'text']) && isText(message.text, 300) ? (message as TabMessage) : undefined;
    case 'removePrompt':
      return onlyKeys(message, ['name']) ? (message as TabMessage) : undefined;
    default:
      return undefined;
  }
}

function isFillValues(value: unknown): value is FillValues {
  if (!isRecord(value) || !onlyKeys(value, ['phone', 'email', 'amount', 'name', 'overwrite'])) return false;
  if (typeof value.overwrite !== 'boolean') return false;
  if (value.phone !== undefined && !isPhone(value.phone)) return false;
  if (value.email !== undefined && !isText(value.email, 254)) return false;
  if (value.amount !== undefined) {
    const amount = value.amount;
    if (!isRecord(amount) || !onlyKeys(amount, ['value', 'currency'])) return false;
    if (typeof amount.value !== 'number' || !Number.isFinite(amount.value) || amount.value <= 0) return false;
    if (typeof amount.currency !== 'string' || !/^[A-Z]{3}$/.test(amount.currency)) return false;
  }
  if (value.name !== undefined) {
    const name = value.name;
    if (!isRecord(name) || !onlyKeys(name, ['full', 'given', 'family'])) return false;
    if (!isText(name.full, 120) || !optionalText(name.given, 120) || !optionalText(name.family, 120)) return false;
  }
  return true;
}

function isPhone(value: unknown): value is PhoneValues {
  if (!isRecord(value) || !onlyKeys(value, ['international', 'countryCode', 'national', 'trunkPrefix', 'areaCode', 'local'])) return false;
  return (
    typeof value.international === 'string' &&
    /^\+\d{4,15}$/.test(value.international) &&
    isDigits(value.countryCode, 1, 3) &&
    isDigits(value.national, 3, 14) &&
    isDigits(value.trunkPrefix, 0, 1) &&
    (value.areaCode === undefined || isDigits(value.areaCode, 1, 4)) &&
    (value.local === undefined || isDigits(value.local, 1, 14))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function onlyKeys(value: Record<string, unknown>, allowed: string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function optionalText(value: unknown, max: number): boolean {
  return value === undefined || isText(value, max);
}

function isDigits(value: unknown, min: number, max: number): boolean {
  return typeof value === 'string' && value.length >= min && value.length <= max && /^\d*$/.test(value);
}
