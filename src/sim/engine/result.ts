import type { World } from '../world/types.ts';

export type SimErrorCode =
  | 'unknown-resource'
  | 'unknown-group'
  | 'unknown-service'
  | 'unknown-node'
  | 'unknown-key'
  | 'unknown-value'
  | 'unknown-dialog'
  | 'wrong-state'
  | 'node-down'
  | 'invalid-argument'
  | 'busy'
  | 'key-exists'
  | 'access-denied';

/** An action the world refuses outright: nothing changed. `message` is fit to show in a box. */
export interface SimError {
  code: SimErrorCode;
  message: string;
}

export type Outcome = { ok: true; world: World } | { ok: false; error: SimError; world: World };

export const simError = (code: SimErrorCode, message: string): SimError => ({ code, message });
