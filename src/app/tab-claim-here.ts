import { isImported } from '../modes/imported-scenarios.ts';
import { keyOf, resumeOrBegin } from '../modes/session.ts';
import { newerSave, readHistoryBack, useHistory, type SavedAttempt } from '../store/history-store.ts';
import { labSession } from '../store/lab-session.ts';
import { runningSave, saveRunningAttempt } from './autosave.ts';
import { startTabClaim, TAB_CHANNEL, type TabClaim } from './tab-claim.ts';

/** The one-tab claim (src/app/tab-claim.ts) wired to this page: its lab, its save, the browser's locks and channel. */

/** The running lab's save key, as the autosave writes it. */
function runningLabKey(): string | null {
  const { scenario, mode } = labSession.getState();
  return isImported(scenario.id) ? null : keyOf(scenario.id, mode);
}

/** The attempt this tab carried on from, until it acts: a later goodbye may still replace it. */
let carried: unknown = null;

async function carryOn(handed: SavedAttempt | null, ifUntouched = false): Promise<void> {
  if (ifUntouched && (!handed || labSession.getState().attempt !== carried || newerSave(runningSave(), handed) !== handed)) return;
  await readHistoryBack();
  const { scenario, mode } = labSession.getState();
  const key = keyOf(scenario.id, mode);
  const newest = newerSave(useHistory.getState().inProgress[key], handed?.attempt.scenarioId === scenario.id && handed.mode === mode ? handed : null);
  if (newest) useHistory.getState().saveInProgress(key, newest);
  resumeOrBegin(scenario, mode);
  carried = labSession.getState().attempt;
}

let running: TabClaim | null = null;

/** Starts the claim for this console tab (src/app/controller.ts). Returns a stop function. */
export function startTabClaimHere(): () => void {
  running?.stop();
  const locks = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
  running = startTabClaim({
    locks,
    openChannel: () => (typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(TAB_CHANNEL)),
    tabId: locks ? crypto.randomUUID() : '',
    labKey: runningLabKey,
    subscribeLab: (listener) => labSession.subscribe(listener),
    saveNow: saveRunningAttempt,
    runningSave,
    carryOn: (handed, ifUntouched) => void carryOn(handed, ifUntouched),
    onPageHide: (listener) => {
      addEventListener('pagehide', listener);
      return () => removeEventListener('pagehide', listener);
    },
  });
  const mine = running;
  return () => {
    mine.stop();
    if (running === mine) running = null;
  };
}

/** "Use it here" in the notice. */
export const takeOverHere = () => running?.takeOver();
