import type { ReactNode } from 'react';
import { Tabs, type TabSpec } from './Tabs.tsx';

type Props = {
  label: string;
  tabs: TabSpec[];
  selectedId?: string;
  onSelectTab?: (id: string) => void;
  onOk: () => void;
  onCancel: () => void;
  /** Omit to hide Apply (some NT 4 sheets have none). */
  onApply?: () => void;
  applyDisabled?: boolean;
  extraButtons?: ReactNode;
};

/** An NT 4 property sheet: tabs over an OK / Cancel / Apply row. Put it inside a modal `Window`. */
export function PropertySheet({ label, tabs, selectedId, onSelectTab, onOk, onCancel, onApply, applyDisabled, extraButtons }: Props) {
  return (
    <div
      className="property-sheet"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <Tabs label={label} tabs={tabs} selectedId={selectedId} onSelect={onSelectTab} />
      <div className="dialog-buttons">
        {extraButtons}
        <button type="button" className="default" onClick={onOk}>
          OK
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {onApply && (
          <button type="button" onClick={onApply} disabled={applyDisabled}>
            Apply
          </button>
        )}
      </div>
    </div>
  );
}
