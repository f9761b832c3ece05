import type { ClassifiedControl } from './control';
import type { FieldKind } from './field-kind';

const NUMBER_KINDS: ReadonlySet<FieldKind> = new Set(['tel', 'tel-national', 'tel-local']);
const ALONGSIDE_NUMBER: ReadonlySet<FieldKind> = new Set(['transaction-amount', 'email', 'tel-confirm']);

/**
 * Whether a classified page holds a top-up form worth offering to fill: a field for the
 * number plus an amount, an e-mail or the number's confirmation. A lone phone field (a
 * newsletter, a call-back box) is not a renewal form, and the prompt stays away.
 */
export function recognisesRenewalForm(classified: ClassifiedControl[]): boolean {
  return (
    classified.some(({ kind }) => NUMBER_KINDS.has(kind)) && classified.some(({ kind }) => ALONGSIDE_NUMBER.has(kind))
  );
}
