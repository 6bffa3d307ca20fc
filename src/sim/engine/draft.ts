import { cloneKey } from '../world/registry-tree.ts';
import type { World } from '../world/types.ts';

const mapValues = <T,>(o: Record<string, T>, f: (v: T) => T): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const k in o) out[k] = f(o[k]);
  return out;
};

/**
 * Section copies deep enough for what the engine mutates. Event-log entries, incidents and
 * resource arrays (dependencies, checkpoint lists) are never mutated in place, so they are shared.
 */
const CLONERS: Partial<Record<keyof World, (v: never) => unknown>> = {
  eventLogs: (v: World['eventLogs']) => ({ NODE1: [...v.NODE1], NODE2: [...v.NODE2] }),
  incidents: (v: World['incidents']) => [...v],
  ripLedger: (v: World['ripLedger']) => [...v],
  cluster: (c: World['cluster']) => ({
    ...c,
    nodes: mapValues(c.nodes, (n) => ({ ...n })),
    groups: mapValues(c.groups, (g) => ({ ...g })),
    resources: mapValues(c.resources, (r) => ({ ...r })),
  }),
  services: (s: World['services']) => mapValues(s, (perNode) => mapValues(perNode, (svc) => ({ ...svc }))) as World['services'],
  consoles: (c: World['consoles']) => ({ active: c.active, open: { ...c.open }, selectedGroup: { ...c.selectedGroup } }),
  dialogs: (v: World['dialogs']) => [...v],
  ops: (v: World['ops']) => v.map((op) => ({ ...op, steps: [...op.steps] })),
  backup: (b: World['backup']) => ({ restores: b.restores.map((r) => ({ ...r })) }),
  mail: (m: World['mail']) => ({ outbox: [...m.outbox], inbox: [...m.inbox] }),
  checkpoints: (c: World['checkpoints']) => mapValues(c, (paths) => ({ ...paths })),
  registry: (r: World['registry']) => mapValues(r, cloneKey) as World['registry'],
};

const SCALARS = ['clock', 'seq', 'rng', 'installedOrg', 'nextId'] as const;
type Section = Exclude<keyof World, (typeof SCALARS)[number]>;

/**
 * Copy-on-write view of a world. Engine rules mutate `draft.w.<section>` freely: the first access
 * to a section clones it, so the input world is never changed and untouched sections are shared.
 * Event logs are append-only, so only their arrays are copied, not their entries.
 */
export class Draft {
  readonly w: World;
  private readonly cloned = new Set<Section>();

  private readonly base: World;

  constructor(base: World) {
    this.base = base;
    const w = { ...base };
    for (const key of Object.keys(base) as (keyof World)[]) {
      if ((SCALARS as readonly string[]).includes(key)) continue;
      Object.defineProperty(w, key, {
        enumerable: true,
        configurable: true,
        get: () => this.section(key as Section),
        set: (value: unknown) => {
          this.cloned.add(key as Section);
          Object.defineProperty(w, key, { value, enumerable: true, configurable: true, writable: true });
        },
      });
    }
    this.w = w;
  }

  private section(key: Section): unknown {
    if (!this.cloned.has(key)) {
      this.cloned.add(key);
      const source = this.base[key];
      const value = (CLONERS[key] ?? structuredClone)(source as never);
      Object.defineProperty(this.w, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    }
    return (this.w as unknown as Record<string, unknown>)[key];
  }

  /** A section as it stands, for reading only: unlike `w`, this does not copy it. */
  peek<K extends Section>(key: K): World[K] {
    return (this.cloned.has(key) ? (this.w as World)[key] : this.base[key]);
  }

  /** A plain world object (no getters), safe to freeze, serialise or keep. */
  finish(): World {
    const out: World = { ...this.base };
    const src = this.w as unknown as Record<string, unknown>;
    const dst = out as unknown as Record<string, unknown>;
    for (const key of this.cloned) dst[key] = src[key];
    for (const key of SCALARS) dst[key] = src[key];
    return out;
  }

  nextId(): number {
    this.w.nextId += 1;
    return this.w.nextId;
  }
}
