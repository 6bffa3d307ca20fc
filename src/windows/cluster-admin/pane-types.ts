import type { ListColumn, ListRow } from '../../ui/ListView.tsx';

/** What the right pane lists for the item selected in the tree. */
export interface PaneContent {
  label: string;
  columns: ListColumn[];
  rows: ListRow[];
}
