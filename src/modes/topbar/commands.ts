import { scoreAttempt } from '../../sim/scoring/score.ts';
import { labSession } from '../../store/lab-session.ts';
import { useModes } from '../modes-store.ts';
import { downloadText, fileStamp } from './download.ts';
import { lastEntryAt } from '../selectors/attempt-facts.ts';

export const ATTEMPT_FILE_FORMAT = 'cluster-restore-lab.attempt';

/** The running attempt as a JSON file (the attempt log replays it exactly). */
export function exportCurrentAttempt(): void {
  const { scenario, mode, attempt, startedAt } = labSession.getState();
  const body = { format: ATTEMPT_FILE_FORMAT, version: 1, scenarioId: scenario.id, scenarioTitle: scenario.title, mode, startedAt, attempt };
  downloadText(`attempt-${scenario.id}-${mode}-${fileStamp(startedAt)}.json`, JSON.stringify(body, null, 2));
}

/** Shows the report of the running attempt (scored as it stands). */
export function showCurrentReport(): void {
  const { scenario, mode, attempt, startedAt, snapshot } = labSession.getState();
  const finishedAt = snapshot.status === 'active' ? null : startedAt + lastEntryAt(attempt);
  useModes.getState().open({ kind: 'report', report: scoreAttempt(attempt, scenario), attempt, mode, finishedAt });
}

/** Puts focus on the first hint rung the trainee can take (the Hint button of the top bar), unfolding the coach if needed. */
export function focusHints(): void {
  const focus = () => {
    const target = document.querySelector<HTMLElement>('#coach-hints button:not([disabled])') ?? document.getElementById('coach-hints');
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus();
  };
  if (!useModes.getState().panelCollapsed) return focus();
  useModes.getState().setPanelCollapsed(false);
  requestAnimationFrame(focus);
}
