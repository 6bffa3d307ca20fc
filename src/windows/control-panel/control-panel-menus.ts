import type { MenuSpec } from '../../ui/menu-types.ts';
import type { ViewMode } from './AppletGrid.tsx';

type Actions = {
  open: () => void;
  close: () => void;
  notHere: (what: string) => void;
  help: () => void;
  about: () => void;
  view: ViewMode;
  setView: (v: ViewMode) => void;
  statusBar: boolean;
  toggleStatusBar: () => void;
  hasSelection: boolean;
};

/** NT 4 Explorer's folder menus as the Control Panel shows them. */
export function controlPanelMenus(a: Actions): MenuSpec[] {
  const stub = (label: string, what: string) => ({ label, onSelect: () => a.notHere(what) });
  return [
    {
      label: '&File',
      items: [
        { label: '&Open', disabled: !a.hasSelection, onSelect: a.open },
        stub('Create &Shortcut', 'Creating shortcuts'),
        'separator',
        { label: '&Delete', disabled: true },
        { label: 'Rena&me', disabled: true },
        { label: 'P&roperties', disabled: true },
        'separator',
        { label: '&Close', onSelect: a.close },
      ],
    },
    {
      label: '&Edit',
      items: [{ label: '&Undo', shortcut: 'Ctrl+Z', disabled: true }, 'separator', { label: 'Select &All', shortcut: 'Ctrl+A', disabled: true }, { label: '&Invert Selection', disabled: true }],
    },
    {
      label: '&View',
      items: [
        stub('&Toolbar', 'The toolbar'),
        { label: 'Status &Bar', checked: a.statusBar, onSelect: a.toggleStatusBar },
        'separator',
        { label: 'Lar&ge Icons', checked: a.view === 'large', radio: true, onSelect: () => a.setView('large') },
        { label: 'S&mall Icons', checked: a.view === 'small', radio: true, onSelect: () => a.setView('small') },
        { label: '&List', checked: a.view === 'list', radio: true, onSelect: () => a.setView('list') },
        stub('&Details', 'The Details view'),
        'separator',
        { label: 'Arrange &Icons', items: [{ label: 'by &Name', disabled: true }, { label: 'by &Type', disabled: true }] },
        { label: 'Line &up Icons', disabled: true },
        'separator',
        { label: '&Refresh', shortcut: 'F5', onSelect: () => undefined },
        stub('&Options...', 'Folder options'),
      ],
    },
    { label: '&Help', items: [{ label: '&Help Topics', onSelect: a.help }, 'separator', { label: '&About Windows NT', onSelect: a.about }] },
  ];
}
