import type { TransitionMeta } from './meta.ts';

/** One transition the trainee's actions caused, with what it means (for the report and replay). */
export interface TrailEntry extends TransitionMeta {
  /** World seq of the event that caused it. */
  seq: number;
  from: string;
  to: string;
}

type Transition = { target?: string; meta?: TransitionMeta; actions?: unknown };
type StateConfig = { states?: Record<string, StateConfig>; always?: Transition[]; on?: Record<string, Transition | Transition[]> };

const resolve = (path: string, target: string) =>
  target.startsWith('#lab.') ? target.slice(5) : target.startsWith('.') ? `${path}${target}`.replace(/^\./, '') : `${path.split('.').slice(0, -1).concat(target).join('.')}`;

function mark(t: Transition, path: string): Transition {
  if (!t.meta || !t.target) return t;
  const existing = t.actions === undefined ? [] : Array.isArray(t.actions) ? t.actions : [t.actions];
  const params = { ...t.meta, from: path || 'lab', to: resolve(path, t.target) };
  return { ...t, actions: [...existing, { type: 'mark', params }] };
}

/**
 * Adds a `mark` action to every transition that has meta, so the machine keeps a trail of what
 * happened (`context.trail`). Done on the config once, so no state definition has to remember it.
 */
export function withTrail<C>(config: C): C {
  return addTrail(config as unknown as StateConfig, '') as unknown as C;
}

function addTrail(config: StateConfig, path: string): StateConfig {
  const states = config.states && Object.fromEntries(Object.entries(config.states).map(([k, v]) => [k, addTrail(v, path ? `${path}.${k}` : k)]));
  const always = config.always?.map((t) => mark(t, path));
  const on = config.on && Object.fromEntries(Object.entries(config.on).map(([k, v]) => [k, Array.isArray(v) ? v.map((t) => mark(t, path)) : mark(v, path)]));
  return { ...config, ...(states && { states }), ...(always && { always }), ...(on && { on }) };
}
