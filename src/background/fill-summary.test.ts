import { describe, expect, it } from 'vitest';
import az from '../../public/_locales/az/messages.json';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { catalogSource } from '../i18n/catalog-source';
import type { MessageCatalog } from '../i18n/format-message';
import { createI18n } from '../i18n/i18n';
import { fillSummary } from './fill-summary';

const i18nOf = (catalog: unknown) => createI18n(catalogSource(catalog as MessageCatalog));
const english = i18nOf(en);

describe('fillSummary', () => {
  it.each([
    [['tel', 'tel-confirm', 'transaction-amount', 'email'], 'Number, amount and e-mail filled — review and pay.'],
    [['tel-area-code', 'tel-local', 'transaction-amount'], 'Number and amount filled — review and pay.'],
    [['email'], 'E-mail filled — review and pay.'],
    [['tel', 'given-name', 'family-name', 'email'], 'Number, name and e-mail filled — review and pay.'],
  ] as const)('says %j as “%s”', (filled, expected) => {
    expect(fillSummary(english, { filled: [...filled], kept: [], noForm: false })).toBe(expected);
  });

  it('adds what it kept because the person had typed it, and only that', () => {
    expect(fillSummary(english, { filled: ['tel', 'tel-confirm'], kept: ['email', 'tel-confirm'], noForm: false })).toBe(
      'Number filled — review and pay. Kept what was already typed: e-mail.',
    );
    expect(fillSummary(english, { filled: [], kept: ['email'], noForm: false })).toBe('Kept what was already typed: e-mail.');
  });

  it('says when there was no form, or nothing to fill', () => {
    expect(fillSummary(english, { filled: [], kept: [], noForm: true })).toBe('No top-up form found on this page.');
    expect(fillSummary(english, { filled: [], kept: [], noForm: false })).toMatch(/^Nothing to fill/);
  });

  it('speaks every language, lists joined as each writes them', () => {
    const report = { filled: ['tel', 'transaction-amount', 'email'] as const, kept: [], noForm: false };
    expect(fillSummary(i18nOf(it_), { ...report, filled: [...report.filled] })).toBe('Compilato: numero, importo e e-mail — controlla e paga.');
    expect(fillSummary(i18nOf(zhCN), { ...report, filled: [...report.filled] })).toBe('已填写号码、金额和邮箱——请核对后付款。');
    expect(fillSummary(i18nOf(az), { ...report, filled: [...report.filled] })).toBe('Nömrə, məbləğ və e-poçt dolduruldu — yoxlayın və ödəyin.');
  });
});
