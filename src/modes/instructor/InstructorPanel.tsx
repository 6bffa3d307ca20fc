import { labSession, useLab } from '../../store/lab-session.ts';
import { CurrentStep } from '../coach/CurrentStep.tsx';
import { FeedbackBox } from '../coach/FeedbackBox.tsx';
import { TaskList } from '../coach/TaskList.tsx';
import { ScenarioImport } from '../catalog/ScenarioImport.tsx';
import { useModes } from '../modes-store.ts';
import { ClockControl } from './ClockControl.tsx';
import { FaultForm } from './FaultForm.tsx';

/** Instructor: faults, time, replay and scenario import, with the trainee's progress. */
export function InstructorPanel() {
  const open = useModes((s) => s.open);
  const title = useLab((s) => s.scenario.title);
  const replay = () => {
    const { attempt, scenario } = labSession.getState();
    open({ kind: 'replay', attempt, scenario, title: `${title} (this attempt)` });
  };
  return (
    <div className="coach">
      <FaultForm />
      <ClockControl />
      <fieldset className="dock-fieldset">
        <legend>Attempt</legend>
        <div className="field-row">
          <button type="button" onClick={replay}>Replay this attempt…</button>
        </div>
        <div className="field-row">
          <button type="button" onClick={() => open({ kind: 'lrs' })}>Learning Record Store…</button>
        </div>
        <ScenarioImport />
      </fieldset>
      <FeedbackBox />
      <CurrentStep />
      <TaskList />
    </div>
  );
}
