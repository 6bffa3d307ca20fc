import type { DesktopShortcut } from './DesktopIcons.tsx';
import type { AppId } from '../sim/world/names.ts';
import { APP_ICONS, APP_LABELS } from './apps.ts';

const appShortcut = (app: AppId): DesktopShortcut => ({ id: app, label: APP_LABELS[app], icon: APP_ICONS[app] });

/** NT 4's own icons first, then the lab's shortcuts to the tools the procedure uses. */
export const DESKTOP_SHORTCUTS: DesktopShortcut[] = [
  { id: 'my-computer', label: 'My Computer', icon: 'computer' },
  { id: 'network-neighborhood', label: 'Network Neighborhood', icon: 'network' },
  appShortcut('inbox'),
  appShortcut('cluster-admin'),
  appShortcut('backup'),
  appShortcut('services'),
  appShortcut('event-viewer'),
  appShortcut('registry-editor'),
];

export const isAppId = (id: string): id is AppId => id in APP_LABELS;
