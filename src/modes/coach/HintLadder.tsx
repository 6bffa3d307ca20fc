import { useEffect } from 'react';
import { HINT_COST } from '../../sim/scoring/score.ts';
import { labSession, sendLab, useLab, type LabSession } from '../../store/lab-session.ts';
import { useModes } from '../modes-store.ts';
import { attemptId } from '../selectors/attempt-facts.ts';
import { hintTextFrom, needsPath, RUNG_NAMES, RUNGS, type Rung } from '../selectors/hints.ts';
import { hintPosition } from '../../sim/session/session.ts';
import { currentRecoveryRequest, findRecovery } from './recovery-search.ts';

/** Identifies the trainee's position: hints are for where they stand, and start over when they move on. */
const positionOf = (s: LabSession) => `${attemptId(s)}:${hintPosition(s.snapshot)}`;

/** Takes a rung: the cost is recorded at once; rungs 2 and 3 fill in when the search (in a worker) is done. */
async function take(at: string, rung: Rung): Promise<void> {
  const { snapshot } = labSession.getState();
  sendLab({ type: 'hint.take', rung });
  const ui = useModes.getState();
  if (!needsPath(rung)) return ui.reveal(at, { rung, text: hintTextFrom(rung, snapshot, null) });
  ui.reveal(at, { rung, text: null });
  const path = await findRecovery(currentRecoveryRequest()).catch(() => null);
  useModes.getState().settleHint(at, rung, hintTextFrom(rung, snapshot, path));
}

/** Shows again the rungs already paid for here (after a reload, or on resuming an attempt). */
let restoredFor = '';
async function restoreTaken(at: string): Promise<void> {
  const s = labSession.getState();
  const id = attemptId(s);
  if (restoredFor === id || useModes.getState().hints.at === at) return;
  restoredFor = id;
  const rungs = s.hints.rungs as Rung[];
  if (rungs.length === 0) return;
  useModes.setState({ hints: { at, revealed: rungs.map((rung) => ({ rung, text: needsPath(rung) ? null : hintTextFrom(rung, s.snapshot, null) })) } });
  if (!rungs.some(needsPath)) return;
  const path = await findRecovery(currentRecoveryRequest()).catch(() => null);
  for (const rung of rungs.filter(needsPath)) useModes.getState().settleHint(at, rung, hintTextFrom(rung, s.snapshot, path));
}

/** Three rungs, each dearer and more exact; the cost shows before a rung is taken. */
export function HintLadder() {
  const at = useLab(positionOf);
  useEffect(() => void restoreTaken(at), [at]);
  const active = useLab((s) => s.snapshot.status === 'active');
  const hints = useModes((s) => s.hints);
  const revealed = hints.at === at ? hints.revealed : [];
  const searching = revealed.some((h) => h.text === null);
  const next = revealed.length + 1;
  return (
    <section id="coach-hints" className="coach-section" tabIndex={-1} aria-labelledby="coach-hints-title">
      <h2 id="coach-hints-title" className="coach-heading">Hints</h2>
      {revealed.length > 0 && (
        <ol className="hint-list" aria-label="Hints taken">
          {revealed.map((h) => (
            <li key={h.rung}>
              <strong>{RUNG_NAMES[h.rung]}:</strong>{' '}
              {h.text ?? <span role="status">Working out the way from here…</span>}
            </li>
          ))}
        </ol>
      )}
      {RUNGS.filter((r) => r === next).map((r) => (
        <button key={r} type="button" disabled={!active || searching} onClick={() => void take(at, r)}>
          Hint {r}: {RUNG_NAMES[r]} (costs {HINT_COST[r]} points)
        </button>
      ))}
      {next > 3 && <p className="coach-text">No more hints for this step. Show the solution if you are stuck.</p>}
      <p className="coach-note">Costs: {RUNGS.map((r) => `${RUNG_NAMES[r].toLowerCase()} ${HINT_COST[r]}`).join(', ')} points.</p>
    </section>
  );
}
