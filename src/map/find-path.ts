import type { SimEvent } from '../sim/events.ts';
import { pathToState, type JumpAnswer, type JumpRequest } from './jump-path.ts';

/**
 * The jump search (`pathToState`) in a Web Worker; where workers are not available (or the
 * worker cannot load) it runs here instead. Resolves to null when there is no way there.
 */
export function findPathTo(request: JumpRequest): Promise<SimEvent[] | null> {
  const here = () => pathToState(request.scenario, request.seed, request.target);
  if (typeof Worker === 'undefined') return Promise.resolve().then(here);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./jump-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(here());
      return;
    }
    worker.onmessage = (e: MessageEvent<JumpAnswer>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.events);
      else if (e.data.error === 'no-path') resolve(null);
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
