import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';

/**
 * Reads `selector` of a zustand store, and re-renders in a React transition when the store changes
 * it. zustand's own hook (useSyncExternalStore) renders every change synchronously, inside the
 * click that caused it: the whole console, the coach and the top bar in one long task before the
 * click's next paint. Here the click paints first (the pressed button, the selected row, the map's
 * highlight, which reads the store synchronously) and the rest follows in slices that yield to the
 * next input (only their commit, the DOM changes themselves, cannot be cut).
 *
 * A render always reads the store as it is now: a window that sets its own state in the same
 * click as it sends an event (a progress box for a service it starts) sees that event's world.
 * Only the re-render the store itself asks for waits.
 */
export function useStoreInTransition<S, T>(store: StoreApi<S>, selector: (s: S) => T): T {
  return useStorePaced(store, selector, false);
}

/**
 * The same subscription, re-rendering in the input's own frame while `urgent` (what must move
 * with the click) and in a transition otherwise. The pace can change between renders.
 */
export function useStorePaced<S, T>(store: StoreApi<S>, selector: (s: S) => T, urgent: boolean): T {
  const [, rerender] = useState(store.getState);
  const value = selector(store.getState());
  const latest = useRef({ selector, value, urgent });
  useLayoutEffect(() => {
    latest.current = { selector, value, urgent };
  });
  useEffect(() => {
    const check = (next: S) => {
      const { selector: select, value: shown, urgent: now } = latest.current;
      if (Object.is(shown, select(next))) return;
      if (now) rerender(next);
      else startTransition(() => rerender(next));
    };
    // The store may have changed between this render and the subscription.
    check(store.getState());
    return store.subscribe(check);
  }, [store]);
  return value;
}
