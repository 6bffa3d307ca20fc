// `npm run bench`: the benchmark is TypeScript (scripts/bench/), loaded through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./bench/main.ts');
