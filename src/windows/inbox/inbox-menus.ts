import type { MenuSpec } from '../../ui/menu-types.ts';

type Options = {
  hasSelection: boolean;
  showFolders: boolean;
  onNewMessage: () => void;
  onOpen: () => void;
  onMarkRead: (read: boolean) => void;
  onToggleFolders: () => void;
  onExit: () => void;
  onAbout: () => void;
};

/** The Exchange client's menu bar. Commands the lab does not model are greyed. */
export function inboxMenus(o: Options): MenuSpec[] {
  return [
    {
      label: '&File',
      items: [
        { label: '&Open', shortcut: 'Ctrl+O', disabled: !o.hasSelection, onSelect: o.onOpen },
        { label: 'Save &As...', disabled: true },
        'separator',
        { label: '&Move...', disabled: true },
        { label: '&Copy...', disabled: true },
        { label: '&Delete', shortcut: 'Ctrl+D', disabled: true },
        'separator',
        { label: 'P&roperties', shortcut: 'Alt+Enter', disabled: true },
        'separator',
        { label: 'E&xit', onSelect: o.onExit },
        { label: 'Exit and &Log Off', onSelect: o.onExit },
      ],
    },
    {
      label: '&Edit',
      items: [
        { label: '&Undo', disabled: true },
        'separator',
        { label: 'Select &All', shortcut: 'Ctrl+A', disabled: true },
        'separator',
        { label: 'Mark as R&ead', disabled: !o.hasSelection, onSelect: () => o.onMarkRead(true) },
        { label: 'Mark as U&nread', disabled: !o.hasSelection, onSelect: () => o.onMarkRead(false) },
      ],
    },
    {
      label: '&View',
      items: [
        { label: '&Folders', checked: o.showFolders, onSelect: o.onToggleFolders },
        { label: '&Toolbar', checked: true, disabled: true },
        { label: 'Status &Bar', checked: true, disabled: true },
        'separator',
        { label: '&Columns...', disabled: true },
        { label: '&Sort...', disabled: true },
      ],
    },
    {
      label: '&Tools',
      items: [
        // Delivery is the world's business: mail leaves the Outbox as soon as the server can take it.
        { label: '&Deliver Now', shortcut: 'Ctrl+M', onSelect: () => {} },
        { label: '&Address Book...', shortcut: 'Ctrl+Shift+B', disabled: true },
        { label: '&Find...', shortcut: 'Ctrl+Shift+F', disabled: true },
        'separator',
        { label: 'S&ervices...', disabled: true },
        { label: '&Options...', disabled: true },
      ],
    },
    {
      label: '&Compose',
      items: [
        { label: '&New Message', shortcut: 'Ctrl+N', onSelect: o.onNewMessage },
        'separator',
        { label: 'Reply to &Sender', shortcut: 'Ctrl+R', disabled: true },
        { label: 'Reply to &All', shortcut: 'Ctrl+Shift+R', disabled: true },
        { label: '&Forward', shortcut: 'Ctrl+F', disabled: true },
      ],
    },
    {
      label: '&Help',
      items: [
        { label: 'Microsoft Exchange &Help Topics', disabled: true },
        'separator',
        { label: '&About Microsoft Exchange...', onSelect: o.onAbout },
      ],
    },
  ];
}
