import { pathToState, type JumpAnswer, type JumpRequest } from './jump-path.ts';

/** Runs the jump search off the main thread, so the lab keeps drawing while it looks. */
self.onmessage = (e: MessageEvent<JumpRequest>) => {
  const { scenario, seed, target } = e.data;
  let answer: JumpAnswer;
  try {
    const events = pathToState(scenario, seed, target);
    answer = events ? { ok: true, events } : { ok: false, error: 'no-path' };
  } catch (err) {
    answer = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(answer);
};
