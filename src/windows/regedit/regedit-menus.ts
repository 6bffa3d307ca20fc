import type { MenuSpec } from '../../ui/menu-types.ts';
import type { RegeditCommands } from './use-regedit-commands.ts';
import type { RegeditTree } from './use-regedit-tree.ts';

type Options = {
  t: RegeditTree;
  cmd: RegeditCommands;
  /** Which pane Edit > Delete acts on: the one that last had the keyboard. */
  pane: 'tree' | 'values';
  statusBar: boolean;
  toggleStatusBar: () => void;
  onExit: () => void;
  onAbout: () => void;
};

/** Regedit's menu bar: Registry, Edit, View, Help. No Security menu, no Read Only Mode (that is Regedt32). */
export function regeditMenus({ t, cmd, pane, statusBar, toggleStatusBar, onExit, onAbout }: Options): MenuSpec[] {
  const writable = t.worldPath !== null;
  const valueSelected = writable && pane === 'values' && t.selectedValue !== null;
  return [
    {
      label: '&Registry',
      items: [
        { label: '&Import Registry File...', disabled: true },
        { label: '&Export Registry File...', disabled: true },
        'separator',
        { label: '&Connect Network Registry...', disabled: true },
        { label: '&Disconnect Network Registry...', disabled: true },
        'separator',
        { label: '&Print...', shortcut: 'Ctrl+P', disabled: true },
        'separator',
        { label: 'E&xit', onSelect: onExit },
      ],
    },
    {
      label: '&Edit',
      items: [
        { label: '&Modify', disabled: !valueSelected, onSelect: () => cmd.modify() },
        'separator',
        {
          label: '&New',
          items: [
            { label: '&Key', disabled: true },
            'separator',
            { label: '&String Value', disabled: true },
            { label: '&Binary Value', disabled: true },
            { label: '&DWORD Value', disabled: true },
          ],
        },
        'separator',
        { label: '&Delete', shortcut: 'Del', disabled: !writable, onSelect: () => cmd.deleteSelected(pane) },
        { label: '&Rename', disabled: true },
        'separator',
        { label: '&Copy Key Name', disabled: true },
        'separator',
        { label: '&Find...', shortcut: 'Ctrl+F', disabled: true },
        { label: 'Find Ne&xt', shortcut: 'F3', disabled: true },
      ],
    },
    {
      label: '&View',
      items: [
        { label: 'Status &Bar', checked: statusBar, onSelect: toggleStatusBar },
        'separator',
        { label: 'Sp&lit', disabled: true },
        'separator',
        { label: '&Refresh', shortcut: 'F5', onSelect: () => {} },
      ],
    },
    {
      label: '&Help',
      items: [{ label: '&Help Topics', disabled: true }, 'separator', { label: '&About Registry Editor', onSelect: onAbout }],
    },
  ];
}
