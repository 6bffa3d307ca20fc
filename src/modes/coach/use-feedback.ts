import { useMemo } from 'react';
import { startSnapshot } from '../../sim/attempt/replay.ts';
import type { Scenario } from '../../sim/scenarios/types.ts';
import { useLab } from '../../store/lab-session.ts';
import { useModes } from '../modes-store.ts';
import { attemptId } from '../selectors/attempt-facts.ts';
import { latestFeedback, type Feedback } from '../selectors/feedback.ts';

const preludeCache = new Map<string, number>();
/** How many trail entries the scenario's prelude made (they happened before the trainee took over). */
function preludeTrailLength(scenario: Scenario, seed: number): number {
  const key = `${scenario.id}|${seed}`;
  let n = preludeCache.get(key);
  if (n === undefined) preludeCache.set(key, (n = startSnapshot(scenario, seed).context.trail.length));
  return n;
}

export interface OpenFeedback {
  feedback: Feedback | null;
  /** The note is about the scenario's prelude, not something the trainee did. */
  beforeTrainee: boolean;
  dismiss: () => void;
}

/** The newest mistake or recovery note the trainee has not dismissed yet, and how to dismiss it. */
export function useOpenFeedback(): OpenFeedback {
  const trail = useLab((s) => s.snapshot.context.trail);
  const attempt = useLab(attemptId);
  const preludeLength = useLab((s) => preludeTrailLength(s.scenario, s.attempt.seed));
  const seen = useModes((s) => s.feedbackSeen);
  const latest = useMemo(() => latestFeedback(trail), [trail]);
  const hidden = !latest || (seen.attempt === attempt && latest.index <= seen.index);
  return {
    feedback: hidden ? null : latest,
    beforeTrainee: !!latest && latest.index < preludeLength,
    dismiss: () => latest && useModes.getState().dismissFeedback(attempt, latest.index),
  };
}
