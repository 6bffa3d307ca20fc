// `npm run glyphs`: the generator is TypeScript (scripts/glyphs/generate.ts), loaded through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./glyphs/generate.ts');
