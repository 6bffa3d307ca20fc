import type { RegData } from '../../sim/world/types.ts';
import type { MessageBoxIcon } from '../../ui/MessageBox.tsx';

/** What every value editor gets: the current data (null for a new value) and where the result goes. */
export type EditorProps = {
  data: RegData | null;
  onOk: (data: RegData) => void;
  onCancel: () => void;
  /** Shows a Registry Editor message box; `then` runs after OK. */
  tell: (text: string, icon?: MessageBoxIcon, then?: () => void) => void;
};
