import { useMemo } from 'react';
import { useLab } from '../../store/lab-session.ts';
import { useModes } from '../modes-store.ts';
import { attemptId } from '../selectors/attempt-facts.ts';
import { latestFeedback, type Feedback } from '../selectors/feedback.ts';

/** The newest mistake or recovery note the trainee has not dismissed yet, and how to dismiss it. */
export function useOpenFeedback(): { feedback: Feedback | null; dismiss: () => void } {
  const trail = useLab((s) => s.snapshot.context.trail);
  const attempt = useLab(attemptId);
  const seen = useModes((s) => s.feedbackSeen);
  const latest = useMemo(() => latestFeedback(trail), [trail]);
  const hidden = !latest || (seen.attempt === attempt && latest.index <= seen.index);
  return {
    feedback: hidden ? null : latest,
    dismiss: () => latest && useModes.getState().dismissFeedback(attempt, latest.index),
  };
}
