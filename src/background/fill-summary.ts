import type { FillableKind } from '../autofill/field-kind';
import type { FillReport } from '../autofill/fill-values';
import type { I18n } from '../i18n/i18n';

/** The word a person uses for what a field asked: confirmations and prefixes are the number too. */
function partOf(i18n: I18n, kind: FillableKind): string {
  switch (kind) {
    case 'transaction-amount':
      return i18n.t('fillPartAmount');
    case 'email':
    case 'email-confirm':
      return i18n.t('fillPartEmail');
    case 'given-name':
    case 'family-name':
    case 'name':
      return i18n.t('fillPartName');
    default:
      return i18n.t('fillPartNumber');
  }
}

/**
 * What a fill did, in one or two sentences: "Number, amount and e-mail filled — review and
 * pay." plus "Kept what was already typed: e-mail." when fields held the person's text.
 */
export function fillSummary(i18n: I18n, report: FillReport): string {
  if (report.noForm) return i18n.t('fillNoForm');
  const filled = parts(i18n, report.filled);
  const kept = parts(i18n, report.kept.filter((kind) => !report.filled.includes(kind)));
  const sentences: string[] = [];
  if (filled.length > 0) {
    const list = joinParts(i18n, filled);
    const sentence = i18n.t('fillSummary', list);
    // "Number, amount…" at the start of a sentence; in the middle ("Compilato: numero…") as written.
    sentences.push(sentence.startsWith(list) ? capitalise(sentence, i18n.locale) : sentence);
  }
  if (kept.length > 0) sentences.push(i18n.t('fillKept', joinParts(i18n, kept)));
  return sentences.length > 0 ? sentences.join(' ') : i18n.t('fillNothing');
}

function parts(i18n: I18n, kinds: readonly FillableKind[]): string[] {
  return [...new Set(kinds.map((kind) => partOf(i18n, kind)))];
}

function joinParts(i18n: I18n, items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).reduce((list, item) => i18n.t('fillListJoin', list, item));
  return i18n.t('fillListLast', head, items.at(-1)!);
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
