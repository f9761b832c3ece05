import type { Carrier } from './define-carrier';
import tim from './tim';

/**
 * Every carrier we know, in display order. Adding a carrier: a new file named after its
 * id next to this one, and one line here (tests/carriers check that the two agree).
 */
export const carriers: readonly Carrier[] = [tim];

export function carrierById(id: string): Carrier | undefined {
  return carriers.find((carrier) => carrier.id === id);
}

/** The match patterns of the carrier content script: every carrier that has a site to fill. */
export function contentScriptMatches(registry: readonly Carrier[] = carriers): string[] {
  return [...new Set(registry.flatMap((carrier) => carrier.matches))];
}

/**
 * Which carrier a page belongs to, judged only by its https host against the
 * carrier's match patterns (the same patterns the browser used to inject us).
 */
export function carrierForUrl(url: string, registry: readonly Carrier[] = carriers): Carrier | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return registry.find((carrier) => carrier.matches.some((pattern) => hostMatches(pattern, parsed.hostname)));
}

function hostMatches(pattern: string, hostname: string): boolean {
  const host = new URL(pattern.replace('*.', 'wildcard.')).hostname;
  if (!pattern.startsWith('https://*.')) return hostname === host;
  const domain = host.slice('wildcard.'.length);
  return hostname === domain || hostname.endsWith(`.${domain}`);
}
