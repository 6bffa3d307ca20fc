import { scoreAttempt } from '../sim/scoring/score.ts';
import { useHistory, type FinishedAttempt } from '../store/history-store.ts';
import { labSession, type LabSession } from '../store/lab-session.ts';
import { isImported } from '../modes/imported-scenarios.ts';
import { useModes } from '../modes/modes-store.ts';
import { attemptId } from '../modes/selectors/attempt-facts.ts';
import { keyOf } from '../modes/session.ts';
import { reflectInUrl } from './url-sync.ts';

const SAVE_EVERY_MS = 400;

export const isFinished = (s: LabSession) => s.snapshot.status !== 'active';

function saveNow(s: LabSession): void {
  if (isImported(s.scenario.id) || s.attempt.events.length === 0 || isFinished(s)) return;
  useHistory.getState().saveInProgress(keyOf(s.scenario.id, s.mode), {
    attempt: s.attempt, mode: s.mode, startedAt: s.startedAt, updatedAt: s.startedAt + (s.attempt.events.at(-1)?.at ?? 0),
  });
}

/** Scores a finished attempt, keeps it in the history and shows its report. */
function finish(s: LabSession): void {
  const report = scoreAttempt(s.attempt, s.scenario);
  const finishedAt = s.startedAt + (s.attempt.events.at(-1)?.at ?? 0);
  if (!isImported(s.scenario.id)) {
    const f: FinishedAttempt = { id: attemptId(s), attempt: s.attempt, mode: s.mode, startedAt: s.startedAt, updatedAt: finishedAt, finishedAt, report };
    useHistory.getState().recordFinished(f);
  }
  useModes.getState().open({ kind: 'report', report, attempt: s.attempt, mode: s.mode, finishedAt });
}

/**
 * Keeps the running attempt saved (throttled, and at once when the page goes away), puts the
 * scenario in the address once the trainee acts, and records the attempt when it ends.
 * Returns a stop function.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    saveNow(labSession.getState());
  };
  const unsubscribe = labSession.subscribe((s, prev) => {
    if (s.attempt === prev.attempt) return;
    const sameAttempt = attemptId(s) === attemptId(prev);
    if (sameAttempt && isFinished(s) && !isFinished(prev)) {
      flush();
      finish(s);
      return;
    }
    if (s.attempt.events.length > 0 && prev.attempt.events.length === 0) reflectInUrl();
    if (!timer) timer = setTimeout(flush, SAVE_EVERY_MS);
  });
  addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    removeEventListener('pagehide', flush);
    if (timer) clearTimeout(timer);
  };
}
