import { machineIcons } from './icons/machine-icons.tsx';
import { registryIcons } from './icons/registry-icons.tsx';
import { shellIcons } from './icons/shell-icons.tsx';
import { stateOverlays, statusIcons } from './icons/status-icons.tsx';

const drawings = { ...machineIcons, ...shellIcons, ...statusIcons, ...registryIcons };

export type IconName =
  | 'cluster' | 'group' | 'resource' | 'computer' | 'folder' | 'tape' | 'service' | 'backup'
  | 'registry-key' | 'mail' | 'control-panel' | 'network'
  | 'information' | 'warning' | 'error' | 'question'
  | 'windows-flag' | 'programs' | 'documents' | 'find' | 'help' | 'run' | 'shut-down' | 'command-prompt'
  | 'reg-string' | 'reg-binary';

/** Cluster resource and group states; 'online' draws no badge. */
export type IconState = 'online' | 'offline' | 'failed' | 'pending' | 'paused';

type Props = {
  name: IconName;
  size?: 16 | 32;
  state?: IconState;
  /** Give a label only when the icon alone carries meaning; otherwise it is hidden from assistive tech. */
  label?: string;
  className?: string;
};

/** Inline SVG icon (no network, CSP-safe), drawn on a 16-unit grid. */
export function Icon({ name, size = 16, state, label, className }: Props) {
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg
      className={`nt-icon ${className ?? ''}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      focusable="false"
      {...a11y}
    >
      {drawings[name]}
      {state && state !== 'online' && stateOverlays[state]}
    </svg>
  );
}
