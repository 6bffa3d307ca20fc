import type { AppId } from '../../sim/world/names.ts';

/** One Control Panel icon. `app` is set for the applets the lab simulates. */
export interface Applet {
  label: string;
  icon: string;
  app?: AppId;
}

/** Windows NT 4.0 Server's Control Panel (with MSCS and the Exchange-era add-ons), alphabetical as Explorer shows it. */
export const APPLETS: readonly Applet[] = [
  { label: 'Accessibility Options', icon: 'accessibility' },
  { label: 'Add/Remove Programs', icon: 'programs' },
  { label: 'Console', icon: 'console' },
  { label: 'Date/Time', icon: 'datetime' },
  { label: 'Devices', icon: 'devices' },
  { label: 'Display', icon: 'display' },
  { label: 'Fonts', icon: 'fonts' },
  { label: 'Internet', icon: 'internet' },
  { label: 'Keyboard', icon: 'keyboard' },
  { label: 'Modems', icon: 'modems' },
  { label: 'Mouse', icon: 'mouse' },
  { label: 'Multimedia', icon: 'multimedia' },
  { label: 'Network', icon: 'network' },
  { label: 'ODBC', icon: 'odbc' },
  { label: 'PC Card', icon: 'pccard' },
  { label: 'Ports', icon: 'ports' },
  { label: 'Printers', icon: 'printers' },
  { label: 'Regional Settings', icon: 'regional' },
  { label: 'SCSI Adapters', icon: 'scsi' },
  { label: 'Server', icon: 'server' },
  { label: 'Services', icon: 'services', app: 'services' },
  { label: 'Sounds', icon: 'sounds' },
  { label: 'System', icon: 'system' },
  { label: 'Tape Devices', icon: 'tape' },
  { label: 'Telephony', icon: 'telephony' },
  { label: 'UPS', icon: 'ups' },
];
