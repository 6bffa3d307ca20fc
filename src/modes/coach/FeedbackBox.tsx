import { useOpenFeedback } from './use-feedback.ts';

/**
 * Every consequence explains itself: the newest mistake (what broke, why, which KB step, which
 * article proves it) or recovery, shown at once. An alert, so a screen reader says it too.
 */
export function FeedbackBox() {
  const { feedback: f, beforeTrainee, dismiss } = useOpenFeedback();
  const lead = beforeTrainee ? 'Before you took over: ' : 'Mistake: ';
  return (
    <div role="alert" className="feedback-slot">
      {f && (
        <section className={`feedback feedback-${f.tone}`} aria-label={f.tone === 'mistake' ? (beforeTrainee ? 'What happened before you took over' : 'What went wrong') : 'Recovery'}>
          <h2 className="coach-heading">{f.tone === 'mistake' ? `${lead}${f.title}` : f.title}</h2>
          {f.whatBroke && <p className="coach-text"><strong>What broke: </strong>{f.whatBroke}</p>}
          <p className="coach-text">{f.tone === 'mistake' && <strong>Why: </strong>}{f.why}</p>
          {f.step && <p className="coach-text">{f.tone === 'mistake' && <strong>Step: </strong>}{f.step}</p>}
          {f.kb.length > 0 && <p className="coach-kb">Proof: KB {f.kb.join(', ')}</p>}
          <button type="button" onClick={dismiss}>Got it</button>
        </section>
      )}
    </div>
  );
}
