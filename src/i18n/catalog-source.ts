import { formatMessage, type MessageCatalog } from './format-message';
import type { MessageSource } from './i18n';

/**
 * A message source over a catalogue we loaded ourselves, for when the person picks a
 * language other than the browser's. Names are looked up case-insensitively, as the
 * browser does; a name the chosen catalogue lacks falls back to `fallback`.
 */
export function catalogSource(catalog: MessageCatalog, fallback?: MessageSource): MessageSource {
  const byName = new Map(Object.entries(catalog).map(([name, entry]) => [name.toLowerCase(), entry]));
  return (name, substitutions) => {
    const entry = byName.get(name.toLowerCase());
    if (entry) return formatMessage(entry, substitutions);
    return fallback ? fallback(name, substitutions) : '';
  };
}
