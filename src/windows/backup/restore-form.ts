import type { EventOf } from '../../sim/events.ts';
import { BACKUP_ITEMS, type BackupItem, type NodeName } from '../../sim/world/names.ts';

/** What the trainee can set on the editable page of Restore Information. */
export interface PageOptions {
  destination: string;
  erase: boolean;
  private: boolean;
  public: boolean;
  startService: boolean;
}

/** One page ("Set n of m") of the dialog. */
export interface RestorePage {
  item: BackupItem;
  /** Q184225, Q155600: with both items, the Directory page is fixed to the original server. */
  locked: boolean;
}

/** Q146306 defaults: Private and Public ticked, Erase and Start Service cleared, original server. */
export const defaultPage = (originalServer: string): PageOptions => ({
  destination: originalServer, erase: false, private: true, public: true, startService: false,
});

/** The pages for the ticked items, Directory first; only the last one is editable. */
export function restorePages(ticked: readonly BackupItem[]): RestorePage[] {
  const items = BACKUP_ITEMS.filter((i) => ticked.includes(i));
  return items.map((item, n) => ({ item, locked: n < items.length - 1 }));
}

/**
 * The one `backup.restore` event for OK. The editable page's options go to the whole job, as the
 * engine applies them (with both items that is the Information Store page).
 */
export function restoreEvent(node: NodeName, ticked: readonly BackupItem[], page: PageOptions): EventOf<'backup.restore'> {
  return {
    type: 'backup.restore',
    node,
    items: BACKUP_ITEMS.filter((i) => ticked.includes(i)),
    destination: page.destination.trim(),
    erase: page.erase,
    private: page.private,
    public: page.public,
    startService: page.startService,
  };
}
