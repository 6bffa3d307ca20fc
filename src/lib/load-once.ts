/** A module fetched with `import()` the first time it is needed, then shared. */
export interface LoadOnce<M> {
  /** The module if it has loaded, else null. */
  loaded: () => M | null;
  /** Loads it (once); a failed load (offline, a stale deploy) is not kept, so the next need tries again. */
  load: () => Promise<M>;
}

export function loadOnce<M>(importIt: () => Promise<M>): LoadOnce<M> {
  let module: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    loaded: () => module,
    load: () => (loading ??= importIt().then(
      (m) => (module = m),
      (e: unknown) => {
        loading = null;
        throw e;
      },
    )),
  };
}

/** The same, already loaded (tests that check saves synchronously). */
export const loadedAlready = <M>(module: M): LoadOnce<M> => ({ loaded: () => module, load: () => Promise.resolve(module) });
