import { scoreAttempt } from '../sim/scoring/score.ts';
import { useHistory, type FinishedAttempt, type SavedAttempt } from '../store/history-store.ts';
import { labSession, type LabSession } from '../store/lab-session.ts';
import { holdsTheLab, useTabClaim } from '../store/tab-claim.ts';
import { isImported } from '../modes/imported-scenarios.ts';
import { useModes } from '../modes/modes-store.ts';
import { attemptId } from '../modes/selectors/attempt-facts.ts';
import { keyOf } from '../modes/session.ts';
import { reflectInUrl } from './url-sync.ts';

const SAVE_EVERY_MS = 400;

export const isFinished = (s: LabSession) => s.snapshot.status !== 'active';

const saves = (s: LabSession) => !isImported(s.scenario.id) && s.attempt.events.length > 0 && !isFinished(s);

const saveOf = (s: LabSession): SavedAttempt => ({
  attempt: s.attempt, mode: s.mode, startedAt: s.startedAt, updatedAt: s.startedAt + (s.attempt.events.at(-1)?.at ?? 0),
});

function saveNow(s: LabSession): void {
  if (saves(s)) useHistory.getState().saveInProgress(keyOf(s.scenario.id, s.mode), saveOf(s));
}

/** The running attempt as it is saved, or null when it is not saved (not begun, finished, imported). */
export function runningSave(): SavedAttempt | null {
  const s = labSession.getState();
  return saves(s) ? saveOf(s) : null;
}

/** Saves the running attempt at once (the tab is handing it to another tab). */
export const saveRunningAttempt = () => saveNow(labSession.getState());

/**
 * Saves the running attempt again if the saved copy is not it (another tab or window of this
 * browser wrote the history meanwhile). Only the tab that holds the lab does this.
 */
export function saveAgainIfOverwritten(): void {
  const s = labSession.getState();
  if (!holdsTheLab() || !saves(s)) return;
  const saved = useHistory.getState().inProgress[keyOf(s.scenario.id, s.mode)]?.attempt;
  if (!saved || saved.seed !== s.attempt.seed || saved.events.length !== s.attempt.events.length) saveNow(s);
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
 * scenario in the address once the trainee acts, and records the attempt when it ends. Only while
 * this tab holds the lab (src/store/tab-claim.ts): a second tab of the same lab saves nothing, and
 * what changed while the tab was still asking is saved once it knows it holds the lab.
 * Returns a stop function.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (holdsTheLab()) saveNow(labSession.getState());
  };
  const unsubscribe = labSession.subscribe((s, prev) => {
    if (s.attempt === prev.attempt) return;
    const sameAttempt = attemptId(s) === attemptId(prev);
    if (sameAttempt && isFinished(s) && !isFinished(prev)) {
      if (!holdsTheLab()) return;
      flush();
      finish(s);
      return;
    }
    if (s.attempt.events.length > 0 && prev.attempt.events.length === 0) reflectInUrl();
    if (!timer) timer = setTimeout(flush, SAVE_EVERY_MS);
  });
  const unsubscribeClaim = useTabClaim.subscribe((c, prev) => {
    if (c.status === 'here' && prev.status === 'checking') flush();
  });
  addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    unsubscribeClaim();
    removeEventListener('pagehide', flush);
    if (timer) clearTimeout(timer);
  };
}
