import { RIP_KEY, type DatabaseService, type NodeName } from '../world/names.ts';
import { cloneKey, ensureKey, findKey } from '../world/registry-tree.ts';
import type { RegKey, ResourceState } from '../world/types.ts';
import type { Draft } from './draft.ts';

const hklm = (path: string) => `HKEY_LOCAL_MACHINE\\${path}`;

const sameKey = (a: RegKey | undefined, b: RegKey) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** Q174070: on Take Offline the cluster saves the checkpointed keys to the quorum disk. */
export function saveCheckpoint(d: Draft, resource: ResourceState, node: NodeName): void {
  for (const path of resource.registryCheckpoints) {
    const key = findKey(d.peek('registry')[node], hklm(path));
    if (key) (d.w.checkpoints[resource.name] ??= {})[path] = cloneKey(key);
  }
}

/**
 * Q174070, Q188674: on Bring Online the cluster overwrites the checkpointed keys from the quorum
 * copy. A Restore in Progress key written since the last save is lost here.
 */
export function restoreCheckpoint(d: Draft, resource: ResourceState, node: NodeName): void {
  for (const path of resource.registryCheckpoints) {
    const saved = d.w.checkpoints[resource.name]?.[path];
    if (!saved) continue;
    // Writing back what the registry already holds changes nothing, and copying the registry is costly.
    if (!sameKey(findKey(d.peek('registry')[node], hklm(path)), saved)) {
      const parts = path.split('\\');
      const parent = ensureKey(d.w.registry[node], hklm(parts.slice(0, -1).join('\\')));
      parent.keys[parts[parts.length - 1]] = cloneKey(saved);
    }
    const service = resource.serviceName;
    if (service !== 'MSExchangeDS' && service !== 'MSExchangeIS') continue;
    syncLedger(d, node, service, saved.keys[RIP_KEY] !== undefined, 'checkpoint');
  }
}

/** Keeps the RIP ledger in step with the registry after the cluster rewrote a key. */
export function syncLedger(d: Draft, node: NodeName, service: DatabaseService, present: boolean, by: 'checkpoint' | 'hand' | 'restore'): void {
  const has = d.w.ripLedger.some((e) => e.node === node && e.service === service);
  if (present && !has) d.w.ripLedger.push({ node, service, by, seq: d.w.seq });
  if (!present && has) d.w.ripLedger = d.w.ripLedger.filter((e) => !(e.node === node && e.service === service));
}

/** Q174070: while a resource is online its checkpoint follows every registry change. */
export function followRegistryChange(d: Draft, node: NodeName, changedPath: string): void {
  for (const r of Object.values(d.w.cluster.resources)) {
    if (r.status !== 'Online' || d.w.cluster.groups[r.group].owner !== node) continue;
    if (!r.registryCheckpoints.some((p) => changedPath.toUpperCase().startsWith(hklm(p).toUpperCase()))) continue;
    saveCheckpoint(d, r, node);
  }
}
