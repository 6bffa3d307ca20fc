import { useId, useRef } from 'react';
import { appPort } from '../../store/app-port.ts';
import { labSession } from '../../store/lab-session.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useModes } from '../modes-store.ts';

const currentLink = () => appPort().shareLink();

/** Share link: shows the link that starts this scenario in this mode and puts it on the clipboard. */
export async function shareCurrentLink(): Promise<void> {
  const { open } = useModes.getState();
  open({ kind: 'share', status: '' });
  let status: string;
  try {
    await navigator.clipboard.writeText(currentLink());
    status = 'The link is on the clipboard.';
  } catch {
    status = 'The browser did not allow copying: select the link and press Ctrl+C.';
  }
  if (useModes.getState().dialog?.kind === 'share') open({ kind: 'share', status });
}

export function ShareDialog({ status }: { status: string }) {
  const id = useId();
  const close = useModes((s) => s.close);
  const input = useRef<HTMLInputElement>(null);
  const { mode } = labSession.getState();
  return (
    <ModalDialog title="Share link" onCancel={close} className="modes-dialog share-dialog">
      <div className="field-row-stacked">
        <label htmlFor={id}>Link to this scenario ({mode}):</label>
        <input ref={input} id={id} type="text" readOnly value={currentLink()} data-autofocus onFocus={(e) => e.target.select()} />
      </div>
      <p className="coach-note" role="status">{status}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void shareCurrentLink()}>Copy</button>
        <button type="button" onClick={close}>Close</button>
      </div>
    </ModalDialog>
  );
}
