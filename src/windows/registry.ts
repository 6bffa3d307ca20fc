import type { AppId } from '../sim/world/names.ts';
import { backupWindow } from './backup/index.tsx';
import { controlPanelWindow } from './control-panel/index.tsx';
import { eventViewerWindow } from './event-viewer/index.tsx';
import { clusterAdminWindow } from './cluster-admin/index.tsx';
import { commandPromptWindow } from './command-prompt/index.tsx';
import { inboxWindow } from './inbox/index.tsx';
import { regeditWindow } from './regedit/index.tsx';
import { registryEditorWindow } from './registry-editor/index.tsx';
import { servicesWindow } from './services/index.tsx';
import type { ToolWindow } from './tool-window.ts';

/** Every program of the console. One line per tool: tools do not import each other. */
export const TOOL_WINDOWS: Record<AppId, ToolWindow> = {
  'cluster-admin': clusterAdminWindow,
  backup: backupWindow,
  services: servicesWindow,
  'event-viewer': eventViewerWindow,
  'registry-editor': registryEditorWindow,
  inbox: inboxWindow,
  'control-panel': controlPanelWindow,
  'command-prompt': commandPromptWindow,
  regedit: regeditWindow,
};
