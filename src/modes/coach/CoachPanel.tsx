import { useModes } from '../modes-store.ts';
import { CurrentStep } from './CurrentStep.tsx';
import { FeedbackBox } from './FeedbackBox.tsx';
import { HintLadder } from './HintLadder.tsx';
import { stopDemonstration, useSolutionPlayer } from './solution-player.ts';
import { TaskList } from './TaskList.tsx';

/** Practice: the coach beside the console. */
export function CoachPanel() {
  const open = useModes((s) => s.open);
  const demo = useSolutionPlayer();
  return (
    <div className="coach">
      <FeedbackBox />
      {demo.playing && (
        <p className="coach-demo" role="status">
          Demonstrating the solution ({demo.done} of {demo.total})… <button type="button" onClick={stopDemonstration}>Stop</button>
        </p>
      )}
      <CurrentStep />
      <HintLadder />
      <TaskList />
      <div className="coach-section">
        <button type="button" onClick={() => open({ kind: 'solution' })}>Show solution…</button>
      </div>
    </div>
  );
}
