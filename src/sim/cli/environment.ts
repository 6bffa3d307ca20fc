import type { NodeName } from '../world/names.ts';
import type { Shell } from './types.ts';

/**
 * A node's environment as `set` lists it for the domain administrator on NT 4.0 Server [R values;
 * names are NT 4's]. `_CLUSTER_NETWORK_NAME_` is not among them: Q178311 has the administrator set it.
 */
export function nodeEnvironment(node: NodeName): Record<string, string> {
  return {
    COMPUTERNAME: node,
    ComSpec: 'C:\\WINNT\\system32\\cmd.exe',
    HOMEDRIVE: 'C:',
    HOMEPATH: '\\',
    LOGONSERVER: '\\\\NODE1',
    NUMBER_OF_PROCESSORS: '1',
    OS: 'Windows_NT',
    Os2LibPath: 'C:\\WINNT\\system32\\os2\\dll;',
    // Exchange Setup puts exchsrvr\bin on the path, so isinteg and eseutil run from anywhere [R].
    Path: 'C:\\WINNT\\system32;C:\\WINNT;C:\\exchsrvr\\bin',
    PATHEXT: '.COM;.EXE;.BAT;.CMD',
    PROCESSOR_ARCHITECTURE: 'x86',
    PROCESSOR_IDENTIFIER: 'x86 Family 6 Model 5 Stepping 2, GenuineIntel',
    PROCESSOR_LEVEL: '6',
    PROCESSOR_REVISION: '0502',
    PROMPT: '$P$G',
    SystemDrive: 'C:',
    SystemRoot: 'C:\\WINNT',
    TEMP: 'C:\\TEMP',
    TMP: 'C:\\TEMP',
    USERDOMAIN: 'CORP',
    USERNAME: 'Administrator',
    USERPROFILE: 'C:\\WINNT\\Profiles\\Administrator',
    windir: 'C:\\WINNT',
  };
}

export const newShell = (node: NodeName): Shell => ({ node, cwd: 'C:\\', vars: {} });

/** The whole environment of a session: the node's defaults, then what `set` changed. Names keep their first spelling. */
export function environment(shell: Shell): [string, string][] {
  const merged = new Map<string, [string, string]>();
  for (const [k, v] of Object.entries(nodeEnvironment(shell.node))) merged.set(k.toUpperCase(), [k, v]);
  for (const [k, v] of Object.entries(shell.vars)) {
    const existing = merged.get(k.toUpperCase());
    if (v === '') merged.delete(k.toUpperCase());
    else merged.set(k.toUpperCase(), [existing?.[0] ?? k, v]);
  }
  return [...merged.values()].sort((a, b) => a[0].toUpperCase().localeCompare(b[0].toUpperCase()));
}

/** A variable's value (names are case-insensitive), or undefined. */
export function lookupVar(shell: Shell, name: string): string | undefined {
  return environment(shell).find(([k]) => k.toUpperCase() === name.toUpperCase())?.[1];
}

/** `set NAME=value`: an empty value removes the variable, as in cmd.exe. */
export function setVar(shell: Shell, name: string, value: string): Shell {
  const vars = Object.fromEntries(Object.entries(shell.vars).filter(([k]) => k.toUpperCase() !== name.toUpperCase()));
  vars[name] = value;
  return { ...shell, vars };
}
