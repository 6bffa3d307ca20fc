import type { ClusterView } from '../../sim/selectors/cluster-admin.ts';
import type { MenuSpec } from '../../ui/menu-types.ts';
import { fileObjectItems, type CommandHandlers } from './commands.ts';
import type { ClusterObject } from './tree-ids.ts';

export interface FrameHandlers extends CommandHandlers {
  openConnection: () => void;
  exit: () => void;
  about: () => void;
  /** Help > Help Topics and F1: WinHelp finds no CLUADMIN.HLP. */
  help: () => void;
}

/** CLUADMIN's menu bar (domain §9.1 [R]): object commands live in the File menu. */
export function menuBar(w: ClusterView, current: ClusterObject | null, h: FrameHandlers): MenuSpec[] {
  const name = w.cluster.name;
  return [
    {
      label: '&File',
      items: [
        { label: '&Open Connection...', onSelect: h.openConnection },
        'separator',
        ...fileObjectItems(w, current, h),
        'separator',
        { label: 'E&xit', onSelect: h.exit },
      ],
    },
    {
      label: '&View',
      items: [
        { label: '&Toolbar', checked: true },
        { label: '&Status Bar', checked: true },
        'separator',
        { label: 'Lar&ge Icons', checked: false, radio: true },
        { label: 'S&mall Icons', checked: false, radio: true },
        { label: '&List', checked: false, radio: true },
        { label: '&Details', checked: true, radio: true },
        'separator',
        // The view is live: Refresh has nothing to fetch.
        { label: '&Refresh', shortcut: 'F5' },
      ],
    },
    {
      label: '&Window',
      items: [
        { label: '&Cascade' },
        { label: 'Tile &Horizontally' },
        { label: '&Tile Vertically' },
        { label: '&Arrange Icons' },
        'separator',
        { label: `&1 ${name} (${name})`, checked: true },
      ],
    },
    {
      label: '&Help',
      items: [{ label: '&Help Topics', onSelect: h.help }, 'separator', { label: '&About Cluster Administrator...', onSelect: h.about }],
    },
  ];
}
