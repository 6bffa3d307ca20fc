import { HelpMissing } from '../../ui/HelpMissing.tsx';
import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

type StartupType = 'Automatic' | 'Manual' | 'Disabled';
type Props = {
  displayName: string;
  startupType: StartupType;
  /** Cluster resource that runs the service; when set the dialog is read only (excc02_26, Q290651). */
  clusterResource: string | null;
  /** domain §8: the Exchange service account. */
  account: string;
  onClose: () => void;
};

const TYPES: StartupType[] = ['Automatic', 'Manual', 'Disabled'];

/** NT 4's Service dialog (Startup… button): Startup Type and Log On As. */
export function StartupDialog({ displayName, startupType, clusterResource, account, onClose }: Props) {
  const [type, setType] = useState<StartupType>(startupType);
  const [help, setHelp] = useState(false);
  const locked = clusterResource !== null;
  return (
    <ModalDialog title="Service" onCancel={onClose} className="svc-startup">
      <div className="svc-startup-name">
        <span>Service:</span> <strong>{displayName}</strong>
      </div>
      <fieldset className="svc-startup-type">
        <legend>Startup Type</legend>
        {TYPES.map((t) => (
          <div className="field-row" key={t}>
            <input id={`svc-startup-${t}`} type="radio" name="svc-startup" checked={type === t} disabled={locked} onChange={() => setType(t)} />
            <label htmlFor={`svc-startup-${t}`}>{t}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="svc-startup-logon">
        <legend>Log On As:</legend>
        <div className="field-row">
          <input id="svc-logon-system" type="radio" name="svc-logon" disabled checked={false} readOnly />
          <label htmlFor="svc-logon-system">System Account</label>
        </div>
        <div className="field-row">
          <input id="svc-logon-account" type="radio" name="svc-logon" disabled checked readOnly />
          <label htmlFor="svc-logon-account">This Account:</label>
          <input type="text" aria-label="This Account" value={account} readOnly />
        </div>
      </fieldset>
      {locked && (
        <p className="svc-startup-note" role="note">
          {displayName} is run by the cluster resource '{clusterResource}'. Its startup type must stay Manual: the cluster
          starts it and puts its registry settings back from the checkpoint.
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="default" disabled={locked} onClick={onClose}>
          OK
        </button>
        <button type="button" data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={() => setHelp(true)}>
          Help
        </button>
      </div>
      {help && <HelpMissing program="services" onClose={() => setHelp(false)} />}
    </ModalDialog>
  );
}
