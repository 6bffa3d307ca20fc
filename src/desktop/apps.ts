import type { AppId } from '../sim/world/names.ts';
import type { IconName } from '../ui/Icon.tsx';

/** The names NT 4 shows for each program (desktop icons, Start menu, taskbar fallbacks). */
export const APP_LABELS: Record<AppId, string> = {
  'cluster-admin': 'Cluster Administrator',
  backup: 'Backup',
  services: 'Services',
  'event-viewer': 'Event Viewer',
  'registry-editor': 'Registry Editor',
  inbox: 'Inbox',
  'control-panel': 'Control Panel',
  'command-prompt': 'Command Prompt',
  regedit: 'Registry Editor',
};

export const APP_ICONS: Record<AppId, IconName> = {
  'cluster-admin': 'cluster',
  backup: 'backup',
  services: 'service',
  'event-viewer': 'information',
  'registry-editor': 'registry-key',
  inbox: 'mail',
  'control-panel': 'control-panel',
  'command-prompt': 'command-prompt',
  regedit: 'registry-key',
};

/** Default window sizes when `renderApp` gives none. */
export const APP_SIZES: Record<AppId, { width: number; height: number }> = {
  'cluster-admin': { width: 640, height: 420 },
  backup: { width: 600, height: 400 },
  services: { width: 520, height: 330 },
  'event-viewer': { width: 640, height: 400 },
  'registry-editor': { width: 620, height: 420 },
  inbox: { width: 560, height: 360 },
  'control-panel': { width: 440, height: 300 },
  'command-prompt': { width: 668, height: 420 },
  regedit: { width: 620, height: 420 },
};

/** What Start ▸ Run accepts, as NT 4 resolves these names through the path. */
export const RUN_COMMANDS: Record<string, AppId> = {
  regedt32: 'registry-editor',
  regedit: 'regedit',
  cluadmin: 'cluster-admin',
  eventvwr: 'event-viewer',
  ntbackup: 'backup',
  control: 'control-panel',
  cmd: 'command-prompt',
};

/** Resolves a Run command line ("CLUADMIN.EXE", " eventvwr ") to a program, or null. */
export function resolveRunCommand(line: string): AppId | null {
  const name = line.trim().toLowerCase().replace(/\.exe$/, '');
  return RUN_COMMANDS[name] ?? null;
}
