/**
 * The file names the build gives the two scripts that run in web pages. The manifest
 * lists the first (wxt.config.ts), the background injects the second
 * (src/background/fill.ts), both open with the compile hint (compile-hint.ts), and the
 * build tests budget and check them (tests/build). Named once, here, so renaming an
 * entrypoint cannot leave one of those pointing at a file that no longer exists.
 */

/** entrypoints/carrier-content.ts: runs on every page of the registry's carrier hosts. */
export const CARRIER_CONTENT_FILE = 'carrier-content.js';

/** entrypoints/fill-anywhere.ts: injected by "Fill this page" on a site outside the registry. */
export const FILL_ANYWHERE_FILE = 'fill-anywhere.js';
