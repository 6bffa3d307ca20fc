import type { AppId } from '../sim/world/names.ts';
import { backupWindow } from './backup/index.tsx';
import { placeholderWindow } from './placeholder/placeholder-window.tsx';
import type { ToolWindow } from './tool-window.ts';

/** Every program of the console. One line per tool: tools do not import each other. */
export const TOOL_WINDOWS: Record<AppId, ToolWindow> = {
  'cluster-admin': placeholderWindow('Cluster Administrator'),
  backup: backupWindow,
  services: placeholderWindow('Services'),
  'event-viewer': placeholderWindow('Event Viewer'),
  'registry-editor': placeholderWindow('Registry Editor'),
  inbox: placeholderWindow('Inbox'),
  'control-panel': placeholderWindow('Control Panel'),
};
