import { useId, useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

type Props = { onConnect: (server: string) => void; onCancel: () => void; onHelp: () => void };

/**
 * Operations > Microsoft Exchange... (Q146306): the server whose Directory and Information Store
 * the Microsoft Exchange window shows. Enter = Connect, Escape = Cancel.
 */
export function ExchangeConnect({ onConnect, onCancel, onHelp }: Props) {
  const fieldId = useId();
  const [server, setServer] = useState('');
  return (
    <ModalDialog title="Microsoft Exchange" onCancel={onCancel} className="exchange-connect">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (server.trim()) onConnect(server);
        }}
      >
        <div className="connect-row">
          <label htmlFor={fieldId}>Server:</label>
          <input id={fieldId} type="text" autoComplete="off" spellCheck={false} value={server} data-autofocus onChange={(e) => setServer(e.target.value)} />
        </div>
        <div className="dialog-buttons connect-buttons">
          <button type="submit" className="default" disabled={!server.trim()}>
            Connect
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" onClick={onHelp}>
            Help
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
