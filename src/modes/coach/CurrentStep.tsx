import { currentMeta, currentStateId } from '../../sim/selectors.ts';
import { useLab } from '../../store/lab-session.ts';
import { useOpenFeedback } from './use-feedback.ts';

/** Where the trainee stands, explained in our own words, with the KB articles behind it. */
export function CurrentStep() {
  const meta = useLab((s) => currentMeta(s.snapshot));
  const here = useLab((s) => currentStateId(s.snapshot));
  const { feedback } = useOpenFeedback();
  if (!meta) return null;
  const offLine = meta.kind === 'mistake' || meta.kind === 'terminal';
  // The mistake note above already explains this state in full; don't say it twice.
  const explained = offLine && feedback?.tone === 'mistake' && feedback.state === here;
  return (
    <section className={`coach-section current-step${offLine ? ' off-line' : ''}`} aria-labelledby="coach-now-title">
      <h2 id="coach-now-title" className="coach-heading">{offLine ? 'Off the procedure: ' : 'Now: '}{meta.title}</h2>
      <p className="coach-text">{explained ? meta.summary : meta.explanation}</p>
      {meta.kb.length > 0 && <p className="coach-kb">KB: {meta.kb.join(', ')}{meta.kbStep !== null && ` (step ${meta.kbStep})`}</p>}
    </section>
  );
}
