import { useEffect, useId } from 'react';
import { useModes } from '../modes/modes-store.ts';
import { MODE_LABELS } from '../modes/selectors/time.ts';
import { useLab } from '../store/lab-session.ts';
import { isAwayStatus, useTabClaim } from '../store/tab-claim.ts';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { takeOverHere } from './tab-claim-here.ts';

/**
 * Says, in the lab's words (not the simulated NT's), that this lab is open in another tab of the
 * browser, so this tab does not save it; "Use it here" moves it to this tab without losing
 * anything. It covers the console (a modal box), so nobody works on in a tab that is not saved.
 * Choosing another scenario puts it aside while the catalog is open.
 */
export function TabNotice() {
  const id = useId();
  const status = useTabClaim((s) => s.status);
  const title = useLab((s) => s.scenario.title);
  const mode = useLab((s) => s.mode);
  const choosing = useModes((s) => s.dialog?.kind === 'catalog');
  const openCatalog = useModes((s) => s.open);
  const showing = isAwayStatus(status) && !choosing;
  // The console beneath may still be starting (a program focusing its tree): focus stays here.
  useEffect(() => {
    if (!showing) return;
    const keep = (e: FocusEvent) => {
      const box = document.querySelector<HTMLElement>('.tab-notice');
      if (!box || (e.target instanceof Node && box.contains(e.target))) return;
      (box.querySelector<HTMLElement>('button.default:not([disabled])') ?? box).focus();
    };
    document.addEventListener('focusin', keep);
    return () => document.removeEventListener('focusin', keep);
  }, [showing]);
  if (!showing) return null;
  const lab = `“${title}” (${MODE_LABELS[mode]})`;
  const moved = status === 'moved';
  return (
    <ModalDialog title={moved ? 'Lab moved to another tab' : 'Lab open in another tab'} className="modes-dialog tab-notice" describedBy={id}>
      <div id={id}>
        <p className="dialog-text">
          {moved
            ? `${lab} is now open in another tab of this browser, which carries on from where you were. This tab has stopped saving, so the two cannot overwrite each other.`
            : `This lab is already open in another tab of this browser: ${lab}. So that the two tabs do not overwrite each other, this tab does not save it.`}
        </p>
        <p className="dialog-text">
          {moved
            ? 'To carry on here instead, choose Use it here: the other tab stops, and this one carries on from its last save.'
            : 'Carry on in the other tab, or choose Use it here: the other tab stops, and this one carries on from its last save. Nothing is lost either way.'}
        </p>
      </div>
      <p className="dialog-text" role="status">{status === 'taking' ? 'Moving the lab to this tab…' : ''}</p>
      <div className="dialog-buttons">
        <button type="button" className="default" data-autofocus disabled={status === 'taking'} onClick={takeOverHere}>Use it here</button>
        <button type="button" onClick={() => openCatalog({ kind: 'catalog' })}>Choose another scenario…</button>
      </div>
    </ModalDialog>
  );
}
