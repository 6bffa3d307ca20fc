import { RIP_KEY, ripPath, type DatabaseService, type NodeName } from '../world/names.ts';

const DB_SERVICES: DatabaseService[] = ['MSExchangeDS', 'MSExchangeIS'];
import { findKey, leafName, parentPath, splitPath } from '../world/registry-tree.ts';
import type { RegData, RegType } from '../world/types.ts';
import { followRegistryChange, syncLedger } from './checkpoints.ts';
import type { Draft } from './draft.ts';
import { recordIncident } from './effects.ts';
import { simError, type SimError } from './result.ts';

/** If `keyPath` is a service's Restore in Progress key, which service. Case-sensitive (Q200941). */
function ripService(keyPath: string): DatabaseService | null {
  const parts = splitPath(keyPath);
  if (parts[parts.length - 1] !== RIP_KEY) return null;
  const service = parts[parts.length - 2];
  return service === 'MSExchangeDS' || service === 'MSExchangeIS' ? service : null;
}

function keyAt(d: Draft, node: NodeName, path: string) {
  if (!d.w.registry[node]) return simError('unknown-node', `The computer '${node}' does not exist.`);
  if (d.w.cluster.nodes[node].status === 'Down') return simError('node-down', `The computer \\\\${node} is not available.`);
  return findKey(d.w.registry[node], path) ?? simError('unknown-key', `Registry Editor cannot find the key ${path}.`);
}

export function addKey(d: Draft, node: NodeName, path: string, name: string): SimError | null {
  if (!name || name.includes('\\')) return simError('invalid-argument', 'The key name is not valid. It cannot be empty or contain a backslash.');
  const parent = keyAt(d, node, path);
  if ('code' in parent) return parent;
  if (parent.keys[name]) return simError('key-exists', `Registry Editor cannot create the subkey: the key ${name} already exists.`);
  parent.keys[name] = { values: {}, keys: {} };
  const service = ripService(`${path}\\${name}`);
  if (service) syncLedger(d, node, service, true, 'hand');
  followRegistryChange(d, node, `${path}\\${name}`);
  return null;
}

function validData(type: RegType, data: RegData): boolean {
  switch (type) {
    case 'REG_DWORD':
      return typeof data === 'number' && Number.isInteger(data) && data >= 0 && data <= 0xffffffff;
    case 'REG_BINARY':
      return Array.isArray(data) && data.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= 0 && b <= 255);
    case 'REG_MULTI_SZ':
      return Array.isArray(data) && data.every((s) => typeof s === 'string');
    default:
      return typeof data === 'string';
  }
}

export function setValue(d: Draft, node: NodeName, path: string, name: string, type: RegType, data: RegData): SimError | null {
  const key = keyAt(d, node, path);
  if ('code' in key) return key;
  if (!validData(type, data)) return simError('invalid-argument', `The data is not valid for a ${type} value.`);
  key.values[name] = { type, data: structuredClone(data) };
  followRegistryChange(d, node, path);
  return null;
}

export function deleteKey(d: Draft, node: NodeName, path: string): SimError | null {
  if (splitPath(path).length < 3) return simError('access-denied', 'Registry Editor cannot delete this key: Access is denied.');
  const parent = keyAt(d, node, parentPath(path));
  if ('code' in parent) return parent;
  const name = leafName(path);
  const victim = parent.keys[name];
  if (!victim) return simError('unknown-key', `Registry Editor cannot find the key ${path}.`);
  const before = DB_SERVICES.map((svc) => findKey(d.w.registry[node], ripPath(svc)));
  delete parent.keys[name];
  DB_SERVICES.forEach((svc, i) => {
    const key = before[i];
    if (!key || findKey(d.w.registry[node], ripPath(svc))) return;
    // Q200941: deleting the key before the patch data is applied loses data.
    const recovered = (key.values['EDB Database recovered']?.data as number[] | undefined)?.[0] === 1;
    const db = d.w.disk.databases[svc];
    const filesMissing = db.condition === 'restored' && (db.incomplete || !db.privatePresent || !db.publicPresent);
    recordIncident(d, { kind: 'rip-key-deleted', node, service: svc, beforeRecovery: !recovered, filesMissing });
    syncLedger(d, node, svc, false, 'hand');
  });
  followRegistryChange(d, node, parentPath(path));
  return null;
}

export function deleteValue(d: Draft, node: NodeName, path: string, name: string): SimError | null {
  const key = keyAt(d, node, path);
  if ('code' in key) return key;
  if (!(name in key.values)) return simError('unknown-value', `The value ${name} does not exist.`);
  delete key.values[name];
  followRegistryChange(d, node, path);
  return null;
}
