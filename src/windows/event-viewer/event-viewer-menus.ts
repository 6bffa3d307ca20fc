import type { EventOrder } from '../../sim/selectors/event-viewer.ts';
import type { LogName } from '../../sim/world/types.ts';
import type { MenuSpec } from '../../ui/menu-types.ts';

type Actions = {
  log: LogName;
  order: EventOrder;
  setLog: (log: LogName) => void;
  setOrder: (order: EventOrder) => void;
  detail: () => void;
  hasSelection: boolean;
  exit: () => void;
  /** Shows a message box with `text`. */
  notHere: (text: string) => void;
  /** Help > Contents and the like: WinHelp finds no help file. */
  help: () => void;
  about: () => void;
  lowSpeed: boolean;
  toggleLowSpeed: () => void;
  saveSettings: boolean;
  toggleSaveSettings: () => void;
};

/** NT 4 Event Viewer's menus (domain §9.4: Clear All Events Q136964, Log Settings Q173367, Filter Events Q127825). */
export function eventViewerMenus(a: Actions): MenuSpec[] {
  const stub = (label: string, what: string) => ({ label, onSelect: () => a.notHere(`${what} is not part of this lab.`) });
  const log = (label: string, name: LogName) => ({ label, checked: a.log === name, radio: true, onSelect: () => a.setLog(name) });
  const order = (label: string, o: EventOrder) => ({ label, checked: a.order === o, radio: true, onSelect: () => a.setOrder(o) });
  return [
    {
      label: '&Log',
      items: [
        log('&System', 'System'),
        log('S&ecurity', 'Security'),
        log('&Application', 'Application'),
        'separator',
        stub('&Open...', 'Opening saved log files'),
        stub('Sa&ve As...', 'Saving logs'),
        stub('Clea&r All Events', 'Clearing the event log'),
        stub('Log Se&ttings...', 'Changing log settings'),
        'separator',
        {
          label: 'Select &Computer...',
          onSelect: () => a.notHere('Viewing another computer\'s logs is not part of this lab. Use the Console switch on the taskbar to sit at the other node.'),
        },
        'separator',
        { label: 'E&xit', onSelect: a.exit },
      ],
    },
    {
      label: '&View',
      items: [
        { label: '&All Events', checked: true, radio: true },
        stub('&Filter Events...', 'Filtering events'),
        'separator',
        order('&Newest First', 'newest'),
        order('&Oldest First', 'oldest'),
        'separator',
        stub('F&ind...', 'Finding events'),
        { label: '&Detail...', shortcut: 'Enter', disabled: !a.hasSelection, onSelect: a.detail },
        'separator',
        { label: '&Refresh', shortcut: 'F5', onSelect: () => undefined },
      ],
    },
    {
      label: '&Options',
      items: [
        { label: '&Low Speed Connection', checked: a.lowSpeed, onSelect: a.toggleLowSpeed },
        { label: '&Save Settings on Exit', checked: a.saveSettings, onSelect: a.toggleSaveSettings },
      ],
    },
    {
      label: '&Help',
      items: [
        { label: '&Contents', onSelect: a.help },
        { label: '&Search for Help on...', onSelect: a.help },
        { label: '&How to Use Help', onSelect: a.help },
        'separator',
        { label: '&About Event Viewer...', onSelect: a.about },
      ],
    },
  ];
}
