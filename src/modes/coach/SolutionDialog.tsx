import { useState } from 'react';
import type { SimEvent } from '../../sim/events.ts';
import { shortestRecovery } from '../../sim/graph/shortest-recovery.ts';
import { labSession, sendLab } from '../../store/lab-session.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useModes } from '../modes-store.ts';
import { describeEvent } from '../selectors/describe-event.ts';
import { playDemonstration } from './solution-player.ts';

/**
 * The way from here to a finished restore, listed (and, if asked, played). Looking at it is
 * recorded: an attempt whose solution was shown never passes.
 */
export function SolutionDialog() {
  const close = useModes((s) => s.close);
  const [path, setPath] = useState<SimEvent[] | null | undefined>(undefined);
  const reveal = () => {
    sendLab({ type: 'solution.show' });
    setPath(shortestRecovery(labSession.getState().snapshot));
  };
  const actions = path?.filter((e) => e.type !== 'clock.tick') ?? [];
  return (
    <ModalDialog title="Solution" onCancel={close} className="modes-dialog solution-dialog">
      {path === undefined ? (
        <>
          <p className="dialog-text">Showing the solution means this attempt cannot pass, whatever happens next.</p>
          <div className="dialog-buttons">
            <button type="button" onClick={reveal}>Show solution</button>
            <button type="button" data-autofocus onClick={close}>Cancel</button>
          </div>
        </>
      ) : path === null ? (
        <>
          <p className="dialog-text">There is no way from here to a finished restore. If the procedure cannot succeed, stop the attempt.</p>
          <div className="dialog-buttons"><button type="button" onClick={close}>Close</button></div>
        </>
      ) : (
        <>
          <p className="dialog-text">The shortest correct way from where you are ({actions.length} actions):</p>
          <ol className="solution-list">{actions.map((e, i) => <li key={i}>{describeEvent(e)}</li>)}</ol>
          <div className="dialog-buttons">
            <button type="button" onClick={() => { playDemonstration(path); close(); }}>Play it for me</button>
            <button type="button" onClick={close}>Close</button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
