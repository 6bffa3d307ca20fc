import { Icon, type IconName } from '../ui/Icon.tsx';
import type { MenuItemSpec } from '../ui/menu-types.ts';
import type { AppId } from '../sim/world/names.ts';

export type StartMenuActions = {
  openApp: (app: AppId) => void;
  notSimulated: (program: string) => void;
  run: () => void;
  shutDown: () => void;
};

const small = (icon: IconName) => <Icon name={icon} size={16} />;
const large = (icon: IconName) => <Icon name={icon} size={32} />;
const empty: MenuItemSpec[] = [{ label: '(Empty)', disabled: true }];

/** NT 4 Server's Start menu, with the lab's programs where NT 4 (and MSCS, Exchange 5.5) put them. */
export function startMenuItems(a: StartMenuActions): MenuItemSpec[] {
  const app = (label: string, id: AppId, icon: IconName): MenuItemSpec => ({ label, icon: small(icon), onSelect: () => a.openApp(id) });
  const stub = (label: string, icon: IconName = 'programs'): MenuItemSpec => ({
    label,
    icon: small(icon),
    onSelect: () => a.notSimulated(label.replace('&', '').replace(/\.\.\.$/, '')),
  });
  const folder = (label: string, items: MenuItemSpec[]): MenuItemSpec => ({ label, icon: small('folder'), items });

  const adminTools = [
    stub('Administrative Wizards'),
    app('Backup', 'backup', 'backup'),
    app('Cluster Administrator', 'cluster-admin', 'cluster'),
    stub('Disk Administrator'),
    app('Event Viewer', 'event-viewer', 'information'),
    stub('License Manager'),
    stub('Performance Monitor'),
    stub('Server Manager', 'computer'),
    stub('User Manager for Domains'),
    stub('Windows NT Diagnostics', 'computer'),
  ];
  const programs = [
    folder('Accessories', [stub('Notepad', 'documents'), stub('WordPad', 'documents')]),
    folder('Administrative Tools (Common)', adminTools),
    // The Exchange Client's setup puts its shortcut in the server's Microsoft Exchange program folder.
    folder('Microsoft Exchange', [app('Microsoft Exchange', 'inbox', 'mail'), stub('Microsoft Exchange Administrator')]),
    folder('Startup', empty),
    app('Command Prompt', 'command-prompt', 'command-prompt'),
    stub('Windows NT Explorer', 'folder'),
  ];
  return [
    { label: '&Programs', icon: large('programs'), items: programs },
    { label: '&Documents', icon: large('documents'), items: empty },
    {
      label: '&Settings',
      icon: large('control-panel'),
      items: [app('&Control Panel', 'control-panel', 'control-panel'), stub('&Printers', 'folder'), stub('&Taskbar...')],
    },
    { label: '&Find', icon: large('find'), items: [stub('&Files or Folders...', 'find'), stub('&Computer...', 'computer')] },
    { label: '&Help', icon: large('help'), onSelect: () => a.notSimulated('Windows NT Help') },
    { label: '&Run...', icon: large('run'), onSelect: a.run },
    'separator',
    { label: 'Sh&ut Down...', icon: large('shut-down'), onSelect: a.shutDown },
  ];
}
