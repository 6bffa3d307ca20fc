import { effectiveEvents } from '../../sim/attempt/attempt.ts';
import type { SimEvent } from '../../sim/events.ts';
import type { Scenario } from '../../sim/scenarios/types.ts';
import { labSession } from '../../store/lab-session.ts';
import { recoveryPath } from '../selectors/hints.ts';

export interface RecoveryRequest {
  scenario: Scenario;
  seed: number;
  /** The effective events of the attempt so far (the search starts where they lead). */
  events: SimEvent[];
}
export type RecoveryAnswer = { ok: true; path: SimEvent[] | null } | { ok: false; error: string };

/**
 * The shortest way to a finished procedure (`shortestRecovery`), searched in a Web Worker; where
 * workers are not available (tests) or cannot load, it runs here instead. Null: there is none.
 */
export function findRecovery(request: RecoveryRequest): Promise<SimEvent[] | null> {
  const here = () => recoveryPath(request.scenario, request.seed, request.events);
  if (typeof Worker === 'undefined') return Promise.resolve().then(here);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./recovery-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(here());
      return;
    }
    worker.onmessage = (e: MessageEvent<RecoveryAnswer>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.path);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      try { resolve(here()); } catch (err) { reject(err instanceof Error ? err : new Error(String(err))); }
    };
    worker.postMessage(request);
  });
}

/** The request for the running lab as it stands. */
export function currentRecoveryRequest(): RecoveryRequest {
  const { scenario, attempt } = labSession.getState();
  return { scenario, seed: attempt.seed, events: effectiveEvents(attempt.events) };
}
