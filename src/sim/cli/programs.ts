import type { AppId } from '../world/names.ts';

/** GUI programs the path finds by name (the same names Start ▸ Run accepts), with or without `.exe`. */
export const PROGRAMS: Record<string, AppId> = {
  regedt32: 'registry-editor',
  regedit: 'regedit',
  cluadmin: 'cluster-admin',
  eventvwr: 'event-viewer',
  ntbackup: 'backup',
  control: 'control-panel',
  cmd: 'command-prompt',
};

/** The program a command name starts, or null. */
export function programFor(command: string): AppId | null {
  return PROGRAMS[command.toLowerCase().replace(/\.exe$/, '')] ?? null;
}
