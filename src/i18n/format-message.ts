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
 * ourselves (for a language the person chose over the browser's) reads exactly like the
 * browser's own. One pass from left to right: `$$` is a dollar sign, `$1`…`$9` a
 * substitution, `$name$` a named placeholder (whose content, usually `$1`, is filled in
 * turn). tests/e2e/i18n.spec.ts compares the two in real Chromium for every message.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  return expand(entry.message, (name) => {
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? undefined : expand(content, () => undefined, substitutions);
  }, substitutions);
}

function expand(
  text: string,
  placeholder: (name: string) => string | undefined,
  substitutions: readonly string[],
): string {
  return text.replace(/\$(\$|[1-9]|[a-zA-Z0-9_@]+\$)/g, (whole, token: string) => {
    if (token === '$') return '$';
    if (/^[1-9]$/.test(token)) return substitutions[Number(token) - 1] ?? '';
    return placeholder(token.slice(0, -1)) ?? whole;
  });
}

/**
 * Why Chromium would refuse to load a message, or `undefined`. Chromium first looks for
 * `$name$` anywhere in the text — even inside `$$` escapes, so `LPA:1$$server$$code` is
 * refused ("Variable $server$ used but not defined") — and every one must be defined.
 * Then every `$` must start `$$`, `$1`…`$9` or such a placeholder. One bad message stops the
 * whole extension from loading, so tests/unit/locales.test.ts checks every message.
 */
export function messageProblem(entry: MessageEntry): string | undefined {
  const defined = new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()));
  for (const match of entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)) {
    if (!defined.has(match[1]!.toLowerCase())) return `placeholder $${match[1]}$ is not defined`;
  }
  for (const match of entry.message.matchAll(/\$(\$|[1-9]|[a-zA-Z0-9_@]+\$)?/g)) {
    if (match[1] === undefined) return `a lone "$" at ${match.index} (write "$$" for a dollar sign)`;
  }
  return undefined;
}
