import { labSession, useLab } from '../../store/lab-session.ts';
import { CurrentStep } from '../coach/CurrentStep.tsx';
import { FeedbackBox } from '../coach/FeedbackBox.tsx';
import { TaskList } from '../coach/TaskList.tsx';
import { ScenarioImport } from '../catalog/ScenarioImport.tsx';
import { useModes } from '../modes-store.ts';
import { SecondScreenButton } from '../topbar/SecondScreenButton.tsx';
import { ClockControl } from './ClockControl.tsx';
import { DEMO_KEYS } from './demo-keys.ts';
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
      <fieldset className="dock-fieldset">
        <legend>Demo</legend>
        <div className="field-row">
          <SecondScreenButton />
        </div>
        <h3 className="coach-heading">Demo keyboard</h3>
        <dl className="demo-keys">
          {DEMO_KEYS.map((k) => (
            <div key={k.keys}>
              <dt><kbd>{k.keys}</kbd></dt>
              <dd>{k.does}</dd>
            </div>
          ))}
        </dl>
      </fieldset>
      <FeedbackBox />
      <CurrentStep />
      <TaskList />
    </div>
  );
}
