/**
 * The one place the contract gets zod from.
 *
 * `zod/mini` keeps browser bundles small (about 11 KB gzipped against 27 KB for classic zod on the same
 * schemas). JIT compilation is switched off before any schema is built: it probes `new Function`, which a
 * page with a strict Content-Security-Policy (`script-src 'self'`, no `'unsafe-eval'`) reports as a
 * violation. zod's config is global, so this also applies to a host page's own zod schemas; parsing stays
 * correct there, only a little slower.
 *
 * The build keeps a bare `import './internal/zod.js'` in every schema module; this file is listed in
 * `sideEffects` so a host's bundler never drops it.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
