// oxlint-disable-next-line no-restricted-imports -- the one place zod is configured
import { z } from 'zod';

/**
 * Every schema imports zod from here. Zod 4 compiles object parsers with `new Function` and probes
 * for it once; under our Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval') even the
 * caught probe raises a `securitypolicyviolation`. Jitless parsing never probes. Configuring it in
 * the module that hands out `z` guarantees it runs before any schema is built, whatever chunk the
 * bundler puts the schemas in.
 */
z.config({ jitless: true });

export { z };
