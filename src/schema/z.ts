import { z } from 'zod';

// Extension pages and the service worker forbid `eval` by CSP. zod would probe for it
// with `new Function('')` on first use; the probe throws and is caught, but Chromium
// still reports a CSP violation. Import `z` from here, never from 'zod' (eslint enforces
// it), so this runs before any schema is used.
z.config({ jitless: true });

export { z };
