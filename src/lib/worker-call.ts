/** What a search worker sends back: its result, or the message of what it threw. */
export type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Inside a worker module: answers every request with `compute(request)`, so the page keeps
 * drawing while a long search runs.
 */
export function serveRequests<Req, T>(compute: (request: Req) => T): void {
  self.onmessage = (e: MessageEvent<Req>) => {
    let answer: WorkerAnswer<T>;
    try {
      answer = { ok: true, value: compute(e.data) };
    } catch (err) {
      answer = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    self.postMessage(answer);
  };
}

/**
 * Runs `compute(request)` in the worker `spawn` starts (which must `serveRequests(compute)`);
 * where workers are not available (tests) or the worker cannot load, runs it here instead.
 * `spawn` stays with the caller because Vite bundles a worker from its literal `new URL(…)`.
 */
export function runInWorker<Req, T>(spawn: () => Worker, request: Req, compute: (request: Req) => T): Promise<T> {
  const here = () => compute(request);
  if (typeof Worker === 'undefined') return Promise.resolve().then(here);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = spawn();
    } catch {
      resolve(here());
      return;
    }
    worker.onmessage = (e: MessageEvent<WorkerAnswer<T>>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.value);
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
