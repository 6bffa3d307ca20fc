import { recoveryPath } from '../selectors/hints.ts';
import type { RecoveryAnswer, RecoveryRequest } from './recovery-search.ts';

/** Runs the hint / solution search off the main thread, so the lab keeps drawing while it looks. */
self.onmessage = (e: MessageEvent<RecoveryRequest>) => {
  const { scenario, seed, events } = e.data;
  let answer: RecoveryAnswer;
  try {
    answer = { ok: true, path: recoveryPath(scenario, seed, events) };
  } catch (err) {
    answer = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(answer);
};
