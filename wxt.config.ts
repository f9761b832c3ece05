import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { assertValidRegistry } from './src/carriers/carrier-schema';
import { carriers } from './src/carriers/registry';
import { REQUIRED_PERMISSIONS } from './src/manifest/permissions';

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
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'eSIM Keeper',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...REQUIRED_PERMISSIONS],
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
