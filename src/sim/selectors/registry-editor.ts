import { formatValue, splitPath } from '../world/registry-tree.ts';
import type { RegKey, RegType } from '../world/types.ts';

/** The name Regedt32 gives the local machine hive's root (the world's registry root object). */
export const HKLM = 'HKEY_LOCAL_MACHINE';

/** One key of the tree pane: `path` is the full path Regedt32 events use, e.g. `HKEY_LOCAL_MACHINE\SYSTEM`. */
export interface KeyNode {
  path: string;
  name: string;
  children: KeyNode[];
}

/** One line of the data pane. */
export interface ValueLine {
  name: string;
  type: RegType;
  text: string;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** The whole key tree below `root`, subkeys in Regedt32's order (alphabetical, case-insensitive). */
export function keyTree(root: RegKey, rootName: string = HKLM): KeyNode {
  const walk = (key: RegKey, path: string, name: string): KeyNode => ({
    path,
    name,
    children: Object.keys(key.keys)
      .sort(byName)
      .map((child) => walk(key.keys[child], `${path}\\${child}`, child)),
  });
  return walk(root, rootName, rootName);
}

/** The values of `key` as `Name : REG_TYPE : data` lines, sorted by name. */
export function valueLines(key: RegKey | undefined): ValueLine[] {
  if (!key) return [];
  return Object.keys(key.values)
    .sort(byName)
    .map((name) => ({ name, type: key.values[name].type, text: formatValue(name, key.values[name]) }));
}

/**
 * The deepest existing key on `path` (the key itself when it exists). Keeps the tree's selection
 * meaningful when the world removes a key, e.g. recovery deleting `Restore in Progress`.
 */
export function nearestExistingKey(root: RegKey, path: string): string {
  const [rootName, ...rest] = splitPath(path);
  let key = root;
  let found = rootName ?? HKLM;
  for (const part of rest) {
    const next = key.keys[part];
    if (!next) break;
    key = next;
    found = `${found}\\${part}`;
  }
  return found;
}

/** `path` and every key above it, root first: what must be expanded to show `path`. */
export function ancestorPaths(path: string): string[] {
  const parts = splitPath(path);
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('\\'));
}

/** Every path in the subtree of `node` that has children (for Expand Branch). */
export function branchPaths(node: KeyNode): string[] {
  if (node.children.length === 0) return [];
  return [node.path, ...node.children.flatMap(branchPaths)];
}

/** Finds the tree node at `path`, or undefined. */
export function findNode(tree: KeyNode, path: string): KeyNode | undefined {
  if (tree.path === path) return tree;
  if (!path.startsWith(`${tree.path}\\`)) return undefined;
  for (const child of tree.children) {
    const hit = findNode(child, path);
    if (hit) return hit;
  }
  return undefined;
}
