import { useRef, useState } from 'react';
import type { SimEvent } from '../../sim/events.ts';
import { sendLab } from '../../store/lab-session.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useModes } from '../modes-store.ts';
import { describeEvent } from '../selectors/describe-event.ts';
import { currentRecoveryRequest, findRecovery } from './recovery-search.ts';
import { playDemonstration } from './solution-player.ts';

type Phase = { kind: 'warning' } | { kind: 'searching' } | { kind: 'found'; path: SimEvent[] } | { kind: 'none' };

/**
 * The way from here to a finished restore, listed (and, if asked, played). Looking at it is
 * recorded: an attempt whose solution was shown never passes.
 */
export function SolutionDialog() {
  const close = useModes((s) => s.close);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'warning' });
  const reveal = async () => {
    sendLab({ type: 'solution.show' });
    setPhase({ kind: 'searching' });
    closeButton.current?.focus();
    const path = await findRecovery(currentRecoveryRequest()).catch(() => null);
    setPhase(path ? { kind: 'found', path } : { kind: 'none' });
  };
  const actions = phase.kind === 'found' ? phase.path.filter((e) => e.type !== 'clock.tick') : [];
  return (
    <ModalDialog title="Solution" onCancel={close} className="modes-dialog solution-dialog">
      {phase.kind === 'warning' && <p className="dialog-text">Showing the solution means this attempt cannot pass, whatever happens next.</p>}
      {phase.kind === 'searching' && <p className="dialog-text" role="status">Working out the shortest way from where you are…</p>}
      {phase.kind === 'none' && <p className="dialog-text">There is no way from here to a finished restore. If the procedure cannot succeed, stop the attempt.</p>}
      {phase.kind === 'found' && (
        <>
          <p className="dialog-text">The shortest correct way from where you are ({actions.length} actions):</p>
          <ol className="solution-list" tabIndex={0} aria-label="The way from here">{actions.map((e, i) => <li key={i}>{describeEvent(e)}</li>)}</ol>
        </>
      )}
      <div className="dialog-buttons">
        {phase.kind === 'warning' && <button type="button" onClick={() => void reveal()}>Show solution</button>}
        {phase.kind === 'found' && <button type="button" onClick={() => { playDemonstration(phase.path); close(); }}>Play it for me</button>}
        <button type="button" ref={closeButton} data-autofocus={phase.kind === 'warning' ? true : undefined} onClick={close}>
          {phase.kind === 'warning' ? 'Cancel' : 'Close'}
        </button>
      </div>
    </ModalDialog>
  );
}
