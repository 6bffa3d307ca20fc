import { runInWorker } from '../lib/worker-call.ts';
import type { SimEvent } from '../sim/events.ts';
import { pathToState, type JumpRequest } from './jump-path.ts';

export const searchJump = (r: JumpRequest): SimEvent[] | null => pathToState(r.scenario, r.seed, r.target);

/** The jump search (`pathToState`) in a Web Worker. Resolves to null when there is no way there. */
export function findPathTo(request: JumpRequest): Promise<SimEvent[] | null> {
  return runInWorker(() => new Worker(new URL('./jump-worker.ts', import.meta.url), { type: 'module' }), request, searchJump);
}
