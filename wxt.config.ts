import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { CARRIER_CONTENT_FILE } from './src/autofill/built-scripts';
import { COMPILE_EAGERLY, EAGERLY_COMPILED_SCRIPTS } from './src/autofill/compile-hint';
import { assertValidRegistry } from './src/carriers/carrier-schema';
import { carriers, contentScriptMatches } from './src/carriers/registry';
import { E2E_OTHER_SITE, FILL_COMMAND, FILL_SHORTCUT, REQUIRED_PERMISSIONS } from './src/manifest/permissions';

/**
 * Opens the autofill scripts with V8's compile hint (src/autofill/compile-hint.ts). Added to
 * the finished file, after minifying, which would drop the comment.
 */
function compileAutofillEagerly(): Plugin {
  return {
    name: 'esim-keeper:compile-autofill-eagerly',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && EAGERLY_COMPILED_SCRIPTS.includes(file.fileName)) file.code = COMPILE_EAGERLY + file.code;
      }
    },
  };
}

// A malformed carrier file stops every build, with the reason.
assertValidRegistry(carriers);

// The e2e build (`wxt build --mode e2e`) is the only one that carries test hooks;
// see src/background/test-hooks.ts and tests/build/production-build.test.ts.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), compileAutofillEagerly()],
  }),
  hooks: {
    // The carrier content script (entrypoints/carrier-content.ts), on the registry's hosts.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [{ matches: contentScriptMatches(), js: [CARRIER_CONTENT_FILE], run_at: 'document_idle' }];
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: 'eSIM Keeper',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...REQUIRED_PERMISSIONS],
    // The hosts of carriers whose top-up form we fill, and no other: the background reads
    // those tabs' addresses to know which carrier's values a tab may receive.
    host_permissions: [...contentScriptMatches(), ...(mode === 'e2e' ? [E2E_OTHER_SITE] : [])],
    // The fill prompt is an extension page in an iframe, on those carriers' pages only.
    web_accessible_resources: [{ resources: ['prompt.html'], matches: contentScriptMatches() }],
    commands: {
      [FILL_COMMAND]: {
        suggested_key: { default: FILL_SHORTCUT },
        description: '__MSG_commandFill__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'esim-keeper@esim-keeper.app',
              strict_min_version: '140.0',
              // Firefox asks add-ons to declare data collection (from 140; 142 on Android); we
              // collect nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
