import type { TrailEntry } from '../../sim/machines/trail.ts';
import { stateMeta } from './state-meta.ts';

/** What the coach says about one trail entry: a mistake explains itself, a recovery gets a nod. */
export interface Feedback {
  /** Index in `context.trail`; stable key. */
  index: number;
  /** The state the transition led to. */
  state: string;
  tone: 'mistake' | 'recovery';
  title: string;
  /** What broke (the symptom the trainee sees). */
  whatBroke: string;
  /** Why, in our own words. */
  why: string;
  /** Which KB step was skipped or done out of order, or null. */
  step: string | null;
  kb: string[];
  severity: TrailEntry['severity'];
}

const unique = (xs: string[]) => [...new Set(xs)];

export function feedbackFor(entry: TrailEntry, index: number): Feedback | null {
  const target = stateMeta(entry.to);
  if (entry.kind === 'mistake') {
    const branch = target?.branch ? `${target.branch}: ` : '';
    return {
      index, state: entry.to, tone: 'mistake',
      title: `${branch}${target?.title ?? 'A mistake'}`,
      whatBroke: target?.summary ?? entry.explanation,
      why: target && target.kind !== 'step' ? target.explanation : entry.explanation,
      step: entry.kbStep === null ? null : `KB step ${entry.kbStep}: ${entry.explanation}`,
      kb: unique([...entry.kb, ...(target?.kb ?? [])]),
      severity: entry.severity,
    };
  }
  if (entry.kind === 'recovery') {
    return {
      index, state: entry.to, tone: 'recovery',
      title: 'Back on track',
      whatBroke: '',
      why: entry.explanation,
      step: target ? `Next: ${target.title}` : null,
      kb: entry.kb,
      severity: entry.severity,
    };
  }
  return null;
}

/** The newest mistake or recovery at or after `since` (trail index), or null. */
export function latestFeedback(trail: readonly TrailEntry[], since = 0): Feedback | null {
  for (let i = trail.length - 1; i >= since; i--) {
    const f = feedbackFor(trail[i], i);
    if (f) return f;
  }
  return null;
}

/** Every mistake and recovery so far, oldest first (the coach's log). */
export function allFeedback(trail: readonly TrailEntry[]): Feedback[] {
  return trail.map(feedbackFor).filter((f): f is Feedback => f !== null);
}
