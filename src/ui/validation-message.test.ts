import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import { catalogSource } from '../i18n/catalog-source';
import { createI18n } from '../i18n/i18n';
import { validationMessage } from './validation-message';

describe('validationMessage', () => {
  it('turns a code into a sentence in the reader’s language', () => {
    expect(validationMessage(createI18n(catalogSource(en)), { code: 'iccid.checkDigit' })).toMatch(/check digit/);
    expect(validationMessage(createI18n(catalogSource(it_)), { code: 'iccid.checkDigit' })).toMatch(/cifra di controllo/);
  });

  it('falls back to the generic sentence for a code without its own', () => {
    expect(validationMessage(createI18n(catalogSource(en)), { code: 'something.new' })).toBe(en.validation_value_format.message);
  });
});
