import { currentStateId } from '../../sim/selectors.ts';
import { HINT_COST } from '../../sim/scoring/score.ts';
import { labSession, sendLab, useLab } from '../../store/lab-session.ts';
import { useModes } from '../modes-store.ts';
import { attemptId } from '../selectors/attempt-facts.ts';
import { hintText, RUNG_NAMES, RUNGS, type Rung } from '../selectors/hints.ts';

/** Identifies the trainee's position: hints are for where they stand, and start over when they move on. */
const positionOf = (s: ReturnType<typeof labSession.getState>) => `${attemptId(s)}:${currentStateId(s.snapshot)}:${s.snapshot.context.trail.length}`;

/** Three rungs, each dearer and more exact; the cost shows before a rung is taken. */
export function HintLadder() {
  const at = useLab(positionOf);
  const active = useLab((s) => s.snapshot.status === 'active');
  const hints = useModes((s) => s.hints);
  const revealed = hints.at === at ? hints.revealed : [];
  const take = (rung: Rung) => {
    const s = labSession.getState();
    const text = hintText(rung, s.snapshot);
    sendLab({ type: 'hint.take', rung });
    useModes.getState().reveal(at, { rung, text });
  };
  const next = revealed.length + 1;
  return (
    <section id="coach-hints" className="coach-section" tabIndex={-1} aria-labelledby="coach-hints-title">
      <h2 id="coach-hints-title" className="coach-heading">Hints</h2>
      {revealed.length > 0 && (
        <ol className="hint-list" aria-label="Hints taken">
          {revealed.map((h) => (
            <li key={h.rung}><strong>{RUNG_NAMES[h.rung]}:</strong> {h.text}</li>
          ))}
        </ol>
      )}
      {RUNGS.filter((r) => r >= next).slice(0, 1).map((r) => (
        <button key={r} type="button" disabled={!active} onClick={() => take(r)}>
          Hint {r}: {RUNG_NAMES[r]} (costs {HINT_COST[r]} points)
        </button>
      ))}
      {next > 3 && <p className="coach-text">No more hints for this step. Show the solution if you are stuck.</p>}
      <p className="coach-note">Costs: {RUNGS.map((r) => `${RUNG_NAMES[r].toLowerCase()} ${HINT_COST[r]}`).join(', ')} points.</p>
    </section>
  );
}
