// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ClassifiedControl } from './control';
import type { FieldKind } from './field-kind';
import { recognisesRenewalForm } from './renewal-form';

const page = (...kinds: FieldKind[]): ClassifiedControl[] =>
  kinds.map((kind) => ({ control: { type: 'field', element: document.createElement('input') }, kind, confidence: 0.9, reason: 'label' }));

describe('recognisesRenewalForm', () => {
  it.each<[string, FieldKind[]]>([
    ['a number and an amount', ['tel', 'transaction-amount']],
    ['a number and an e-mail', ['tel', 'email']],
    ['a number and its confirmation', ['tel', 'tel-confirm']],
    ['a national number beside a country code, and an amount', ['tel-country-code', 'tel-national', 'transaction-amount']],
    ['a local number beside a prefix, and an e-mail', ['tel-area-code', 'tel-local', 'email']],
  ])('recognises %s', (_, kinds) => {
    expect(recognisesRenewalForm(page(...kinds))).toBe(true);
  });

  it.each<[string, FieldKind[]]>([
    ['nothing', []],
    ['a lone phone field', ['tel']],
    ['an amount and an e-mail without a number', ['transaction-amount', 'email']],
    ['a number beside card fields only', ['tel', 'cc-number', 'cc-csc']],
    ['a search box and a newsletter e-mail', ['search', 'email']],
  ])('does not recognise %s', (_, kinds) => {
    expect(recognisesRenewalForm(page(...kinds))).toBe(false);
  });
});
