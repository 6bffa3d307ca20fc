// `npm run map-layout`: the generator is TypeScript (scripts/map-layout.ts), loaded through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./map-layout.ts');
