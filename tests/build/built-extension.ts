import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The builds these checks read; `npm test` makes all three before running them. */
export const BUILDS = {
  chrome: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv2'),
  chromeE2e: path.join(ROOT, '.output/chrome-mv3-e2e'),
} as const;

export interface BuiltManifest {
  manifest_version: number;
  name: string;
  description: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches: string[] })[];
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
  content_security_policy?: unknown;
  commands?: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
}

export function readManifest(buildDir: string): BuiltManifest {
  const file = path.join(buildDir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (npm run build, build:firefox, build:e2e)`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}

export function listBuiltFiles(buildDir: string): string[] {
  return readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(buildDir, file))
    .filter((file) => statSync(file).isFile());
}
