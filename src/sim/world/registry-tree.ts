import type { RegKey, RegValue } from './types.ts';

export const emptyKey = (): RegKey => ({ values: {}, keys: {} });

/**
 * A copy of the key tree to mutate. Values are shared: the engine only ever replaces a value,
 * never changes one in place. structuredClone of the registry was half of a search's time.
 */
export function cloneKey(key: RegKey): RegKey {
  const keys: Record<string, RegKey> = {};
  for (const name in key.keys) keys[name] = cloneKey(key.keys[name]);
  return { values: { ...key.values }, keys };
}

/** Splits `HKEY_LOCAL_MACHINE\A\B` into its parts, ignoring empty ones. */
export const splitPath = (path: string): string[] => path.split('\\').filter(Boolean);

/** The key at `path` below `root` (whose own name is the first part), or undefined. Pure. */
export function findKey(root: RegKey, path: string): RegKey | undefined {
  const [, ...rest] = splitPath(path);
  let key: RegKey | undefined = root;
  for (const part of rest) {
    if (!key) return undefined;
    key = key.keys[part];
  }
  return key;
}

/** Creates the keys along `path` (mutates `root`; callers pass a draft). */
export function ensureKey(root: RegKey, path: string): RegKey {
  const [, ...rest] = splitPath(path);
  let key = root;
  for (const part of rest) key = key.keys[part] ??= emptyKey();
  return key;
}

export function parentPath(path: string): string {
  const parts = splitPath(path);
  return parts.slice(0, -1).join('\\');
}

export function leafName(path: string): string {
  const parts = splitPath(path);
  return parts[parts.length - 1] ?? '';
}

/** `Name : REG_TYPE : data` as Regedt32 shows a value (domain §9.5). */
export function formatValue(name: string, value: RegValue): string {
  return `${name || '<No Name>'} : ${value.type} : ${formatData(value)}`;
}

export function formatData(value: RegValue): string {
  const { data } = value;
  switch (value.type) {
    case 'REG_DWORD':
      return `0x${(data as number).toString(16)}`;
    case 'REG_BINARY':
      return (data as number[]).map((b) => b.toString(16).padStart(2, '0')).join(' ');
    case 'REG_MULTI_SZ':
      return (data as string[]).join(' ');
    default:
      return String(data);
  }
}
