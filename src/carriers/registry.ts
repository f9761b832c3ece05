import type { Carrier } from './define-carrier';
import airalo from './airalo';
import azercell from './azercell';
import bakcell from './bakcell';
import coopvoce from './coopvoce';
import fastweb from './fastweb';
import hoMobile from './ho-mobile';
import holafly from './holafly';
import iliadIt from './iliad-it';
import kena from './kena';
import nar from './nar';
import nomad from './nomad';
import postemobile from './postemobile';
import tim from './tim';
import ubigi from './ubigi';
import veryMobile from './very-mobile';
import vodafoneIt from './vodafone-it';
import windtre from './windtre';

/**
 * Every carrier we know, in display order: Italian carriers (TIM first), Azerbaijani
 * carriers, then eSIM sellers. Adding a carrier: `npx tsx scripts/new-carrier.ts <id>
 * "<Name>" <country>` writes its file and fixture and adds the import and the line here
 * (registry.test.ts checks that files and registry agree).
 */
export const carriers: readonly Carrier[] = [
  // Italy
  tim,
  windtre,
  vodafoneIt,
  iliadIt,
  hoMobile,
  kena,
  veryMobile,
  fastweb,
  postemobile,
  coopvoce,
  // Azerbaijan
  azercell,
  bakcell,
  nar,
  // eSIM sellers
  airalo,
  holafly,
  nomad,
  ubigi,
];

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
