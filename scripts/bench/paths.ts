import { fileURLToPath } from 'node:url';

/** The project root (this file is scripts/bench/paths.ts). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
