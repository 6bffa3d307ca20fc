import type { Mode } from '../scenarios/types.ts';

export const MODES: readonly Mode[] = ['practice', 'assessment', 'instructor'];
