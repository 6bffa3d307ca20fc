import { z } from 'zod';

/**
 * Imported first by main.tsx. Zod 4 compiles object parsers with `new Function` and probes for it
 * once; under our Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval') the caught probe
 * still raises a `securitypolicyviolation`. Jitless parsing never probes. Must run before any
 * schema is built, hence its own module ahead of every other import.
 */
z.config({ jitless: true });
