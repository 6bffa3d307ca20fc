import { HINT_COST } from '../../sim/scoring/score.ts';
import { useLab } from '../../store/lab-session.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useModes } from '../modes-store.ts';
import { MODE_LABELS } from '../selectors/time.ts';

const RULES = {
  practice: `The coach beside the console lists the steps of Q238063 and ticks them as you go. Every mistake explains itself. Hints cost ${HINT_COST[1]}, ${HINT_COST[2]} and ${HINT_COST[3]} points; Undo and Reset are allowed but cost points; showing the solution means the attempt cannot pass.`,
  assessment: 'No hints, no undo, no reset, and the procedure map stays hidden until you finish. The timer runs from the start. You have one attempt; finish the procedure, or stop when it cannot succeed. Your report appears at the end.',
  instructor: 'Inject faults, control simulated time and replay the attempt from the panel beside the console. Undo and Reset are available.',
} as const;

/** What the scenario is about and the rules of the mode. */
export function BriefingDialog() {
  const close = useModes((s) => s.close);
  const scenario = useLab((s) => s.scenario);
  const mode = useLab((s) => s.mode);
  return (
    <ModalDialog title={`Briefing: ${scenario.title}`} onCancel={close} className="modes-dialog briefing-dialog" describedBy="briefing-text">
      <p id="briefing-text" className="dialog-text briefing-text">{scenario.briefing}</p>
      <fieldset>
        <legend>{MODE_LABELS[mode]} mode</legend>
        <p className="dialog-text">{RULES[mode]}</p>
      </fieldset>
      <div className="dialog-buttons">
        <button type="button" data-autofocus className="default" onClick={close}>OK</button>
      </div>
    </ModalDialog>
  );
}
