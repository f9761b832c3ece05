// The built manifests ask for nothing beyond DESIGN.md's allowed set, never for broad
// host access, and carry what the stores need.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptMatches } from '../../src/carriers/registry';
import { ALLOWED_PERMISSIONS, BROAD_HOST_PATTERNS, E2E_OTHER_SITE } from '../../src/manifest/permissions';
import { BUILDS, readManifest, type BuiltManifest } from './built-extension';

/** Every host pattern a manifest grants or injects into, wherever it is written. */
function hostPatterns(manifest: BuiltManifest): string[] {
  const permissionsThatAreHosts = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter(
    (permission) => permission.includes('://') || permission === '<all_urls>',
  );
  const webAccessible = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [] : entry.matches,
  );
  return [
    ...permissionsThatAreHosts,
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
    ...webAccessible,
  ];
}

/** True for a pattern that reaches beyond one named domain. */
function isBroad(pattern: string): boolean {
  if ((BROAD_HOST_PATTERNS as readonly string[]).includes(pattern)) return true;
  const host = /^[a-z*]+:\/\/([^/]*)/.exec(pattern)?.[1];
  if (host === undefined) return true;
  // `*.it`, `*.co.uk`-like: a wildcard over a whole top-level domain.
  return host === '*' || /^\*\.[a-z]{2,}$/.test(host) || /^\*\.(co|com|net|org)\.[a-z]{2}$/.test(host);
}

describe.each(Object.entries(BUILDS))('the %s build', (_name, buildDir) => {
  const manifest = readManifest(buildDir);

  it('asks only for allowed permissions', () => {
    const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter(
      (permission) => !permission.includes('://') && permission !== '<all_urls>',
    );
    const notAllowed = asked.filter((permission) => !(ALLOWED_PERMISSIONS as readonly string[]).includes(permission));
    expect(notAllowed).toEqual([]);
  });

  it('never asks for broad host access', () => {
    expect(hostPatterns(manifest).filter(isBroad)).toEqual([]);
  });

  it('injects the carrier script exactly where the registry says', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...contentScriptMatches()].sort());
  });

  it('reaches carrier sites only where the registry fills a form, and shows the prompt only there', () => {
    const fillHosts = [...contentScriptMatches()].sort();
    const grantedHosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((permission) => permission.includes('://'))];
    // The e2e build adds one test site outside the registry (wxt.config.ts, E2E_OTHER_SITE).
    expect(grantedHosts.filter((host) => host !== E2E_OTHER_SITE).sort()).toEqual(fillHosts);
    const webAccessible = manifest.web_accessible_resources ?? [];
    if (manifest.manifest_version === 3) {
      expect(webAccessible).toEqual([{ resources: ['prompt.html'], matches: expect.arrayContaining(fillHosts) }]);
      expect((webAccessible[0] as { matches: string[] }).matches).toHaveLength(fillHosts.length);
    } else {
      expect(webAccessible).toEqual(['prompt.html']);
    }
  });

  it('offers the fill shortcut, named in the person’s language', () => {
    expect(manifest.commands?.['fill-renewal-form']).toEqual({ suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFill__' });
  });

  it('is localized and has the icons the stores need', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    for (const size of ['16', '32', '48', '128']) {
      const icon = manifest.icons?.[size];
      expect(icon, `icon ${size}`).toBeDefined();
      const png = readFileSync(path.join(buildDir, icon!));
      // PNG signature, then the IHDR width and height.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });

  it('has a toolbar button with the popup', () => {
    const button = manifest.manifest_version === 3 ? manifest.action : manifest.browser_action;
    expect(button?.default_popup).toBe('popup.html');
  });

  it('keeps the browser’s default content security policy (no remote code, no eval)', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

describe('the Firefox build', () => {
  it('carries its add-on id', () => {
    expect(readManifest(BUILDS.firefox).browser_specific_settings?.gecko?.id).toBe('esim-keeper@esim-keeper.app');
  });
});

describe('the broad-access check itself', () => {
  it.each(['<all_urls>', '*://*/*', 'https://*/*', 'https://*.it/*', 'https://*.co.uk/*', 'nonsense'])(
    'flags %s',
    (pattern) => expect(isBroad(pattern)).toBe(true),
  );
  it.each(['https://www.tim.it/*', 'https://*.tim.it/*', 'https://*.azercell.com/*'])('allows %s', (pattern) =>
    expect(isBroad(pattern)).toBe(false),
  );
});
