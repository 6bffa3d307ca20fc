/** How long the trainee must have left the mouse and keyboard alone. */
export const QUIET_MS = 1000;
/** By default, after this long the work runs at the next idle moment anyway. */
export const GIVE_UP_MS = 4000;

const INPUTS = ['pointerdown', 'keydown', 'wheel'] as const;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const t = setTimeout(run, 0);
    return () => clearTimeout(t);
  }
  const handle = requestIdleCallback(run, { timeout: 500 });
  return () => cancelIdleCallback(handle);
}

/**
 * Runs `run` once the browser is idle and the trainee has not clicked, typed or scrolled for
 * `QUIET_MS` (or `giveUpMs` after this call, whatever the trainee does). For work that holds the
 * main thread for a while (drawing the map's graph, fetching the windows ahead): done in a pause,
 * it does not make the trainee's clicks wait. Returns a cancel function.
 */
export function whenQuiet(run: () => void, { giveUpMs = GIVE_UP_MS } = {}): () => void {
  const since = performance.now();
  let lastInput = since;
  const onInput = () => { lastInput = performance.now(); };
  for (const type of INPUTS) addEventListener(type, onInput, { capture: true, passive: true });
  const stopListening = () => { for (const type of INPUTS) removeEventListener(type, onInput, { capture: true }); };
  let cancel = () => {};
  const waitedEnough = () => {
    const now = performance.now();
    return now - lastInput >= QUIET_MS || now - since >= giveUpMs;
  };
  const attempt = () => {
    if (!waitedEnough()) {
      const now = performance.now();
      const t = setTimeout(attempt, Math.max(50, Math.min(QUIET_MS - (now - lastInput), giveUpMs - (now - since))));
      cancel = () => clearTimeout(t);
      return;
    }
    // Input may arrive while the browser finds an idle moment: then wait for the next pause.
    cancel = whenIdle(() => {
      if (!waitedEnough()) return attempt();
      stopListening();
      run();
    });
  };
  attempt();
  return () => {
    cancel();
    stopListening();
  };
}
