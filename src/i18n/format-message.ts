/**
 * One entry of a `_locales/<lang>/messages.json` file, in the browser's own format.
 * https://developer.chrome.com/docs/extensions/reference/api/i18n
 */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageCatalog = Record<string, MessageEntry>;

/**
 * Fills in a message the way `browser.i18n.getMessage` does, so a catalogue we load
 * ourselves (for a language the person chose over the browser's) reads exactly like
 * the browser's own: named `$placeholder$`s first, then `$1`…`$9`, and `$$` for `$`.
 * tests/e2e/i18n.spec.ts compares the two in real Chromium for every message.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const withNamed = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? whole : content;
  });
  return withNamed.replace(/\$(\$|[1-9])/g, (_whole, token: string) => {
    if (token === '$') return '$';
    return substitutions[Number(token) - 1] ?? '';
  });
}
