import { runInWorker } from '../../lib/worker-call.ts';
import { effectiveEvents } from '../../sim/session/log-rules.ts';
import type { SimEvent } from '../../sim/events.ts';
import { labSession } from '../../store/lab-session.ts';
import { searchRecovery, type RecoveryRequest } from '../selectors/hints.ts';

/** The shortest way to a finished procedure (`shortestRecovery`), in a Web Worker. Null: there is none. */
export function findRecovery(request: RecoveryRequest): Promise<SimEvent[] | null> {
  return runInWorker(() => new Worker(new URL('./recovery-worker.ts', import.meta.url), { type: 'module' }), request, searchRecovery);
}

/** The request for the running lab as it stands. */
export function currentRecoveryRequest(): RecoveryRequest {
  const { scenario, attempt } = labSession.getState();
  return { scenario, seed: attempt.seed, events: effectiveEvents(attempt.events) };
}
