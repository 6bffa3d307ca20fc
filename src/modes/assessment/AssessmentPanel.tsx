import { useLab } from '../../store/lab-session.ts';
import { FeedbackBox } from '../coach/FeedbackBox.tsx';
import { showCurrentReport } from '../topbar/commands.ts';

/** Assessment: no coaching while it runs; the report and what happened once it ends. */
export function AssessmentPanel() {
  const finished = useLab((s) => s.snapshot.status !== 'active');
  if (!finished) {
    return (
      <div className="coach">
        <section className="coach-section" aria-labelledby="assess-title">
          <h2 id="assess-title" className="coach-heading">Assessment in progress</h2>
          <p className="coach-text">No hints, no undo. The procedure map stays hidden until you finish. Finish the procedure, or use Stop… when it cannot succeed; your report follows.</p>
        </section>
      </div>
    );
  }
  return (
    <div className="coach">
      <section className="coach-section" aria-labelledby="assess-title">
        <h2 id="assess-title" className="coach-heading">Assessment finished</h2>
        <button type="button" onClick={showCurrentReport}>View report</button>
      </section>
      <FeedbackBox />
    </div>
  );
}
