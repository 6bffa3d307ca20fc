// `npm run package`: the packaging scripts are TypeScript (scripts/package/), loaded through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./package/main.ts');
