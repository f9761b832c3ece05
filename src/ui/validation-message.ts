import type { I18n } from '../i18n/i18n';
import { validationMessageName, type ValidationError } from '../plans/validation';

/**
 * The sentence a person reads for a validation problem, in their language:
 * `iccid.checkDigit` → "This ICCID fails its check digit — please re-check the digits…".
 * A code without its own message falls back to the generic "not in the expected format".
 */
export function validationMessage(i18n: I18n, error: Pick<ValidationError, 'code'>): string {
  const name = validationMessageName(error.code);
  const text = i18n.t(name);
  return text === name ? i18n.t('validation_value_format') : text;
}
