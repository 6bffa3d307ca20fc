import { useId, useState } from 'react';
import { ComboBox } from '../../ui/ComboBox.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

type Props = {
  /** Names connected to before, the last first (Q197382: the box starts with it). */
  recent: readonly string[];
  /** Browse...: the clusters on the network. */
  clusters: readonly string[];
  onOpen: (name: string) => void;
  onCancel: () => void;
};

/**
 * File > Open Connection... (Q197382, Q228480): "Cluster or server name:" (a cluster's name, a
 * node's NetBIOS name, or "." for this computer), Open, Cancel and Browse... Enter = Open.
 */
export function OpenConnection({ recent, clusters, onOpen, onCancel }: Props) {
  const fieldId = useId();
  const [name, setName] = useState(recent[0] ?? '');
  const [browsing, setBrowsing] = useState(false);
  return (
    <ModalDialog title="Open Connection to Cluster" onCancel={onCancel} className="cluadmin-connect">
      <form
        className="cluadmin-connect-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onOpen(name);
        }}
      >
        <Icon name="cluster" size={32} />
        <div className="cluadmin-connect-field">
          <label htmlFor={fieldId}>Cluster or server name:</label>
          <ComboBox id={fieldId} label="Cluster or server name" listLabel="Recent clusters" value={name} options={recent} onChange={setName} />
        </div>
        <div className="cluadmin-connect-buttons">
          <button type="submit" className="default" disabled={!name.trim()}>
            Open
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" onClick={() => setBrowsing(true)}>
            Browse...
          </button>
        </div>
      </form>
      {browsing && (
        <BrowseClusters
          clusters={clusters}
          onPick={(picked) => {
            setName(picked);
            setBrowsing(false);
          }}
          onCancel={() => setBrowsing(false)}
        />
      )}
    </ModalDialog>
  );
}

/** Browse... [R]: the clusters that announce themselves on the network; OK puts the chosen one in the box. */
function BrowseClusters({ clusters, onPick, onCancel }: { clusters: readonly string[]; onPick: (name: string) => void; onCancel: () => void }) {
  const labelId = useId();
  const [selected, setSelected] = useState(0);
  const pick = () => clusters[selected] !== undefined && onPick(clusters[selected]);
  return (
    <ModalDialog title="Browse for Cluster" onCancel={onCancel} className="cluadmin-browse">
      <span id={labelId}>Clusters:</span>
      <ul
        role="listbox"
        aria-labelledby={labelId}
        tabIndex={0}
        data-autofocus
        aria-activedescendant={clusters.length ? `${labelId}-${selected}` : undefined}
        className="sunken-panel cluadmin-browse-list"
        onKeyDown={(e) => {
          const stepBy = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
          if (stepBy && clusters.length) {
            e.preventDefault();
            setSelected((i) => Math.min(clusters.length - 1, Math.max(0, i + stepBy)));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick();
          }
        }}
      >
        {clusters.map((c, i) => (
          <li key={c} id={`${labelId}-${i}`} role="option" aria-selected={i === selected} onClick={() => setSelected(i)} onDoubleClick={() => onPick(c)}>
            <Icon name="cluster" />
            {c}
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button type="button" className="default" disabled={!clusters.length} onClick={pick}>
          OK
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
