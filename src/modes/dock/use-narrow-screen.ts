import { useSyncExternalStore } from 'react';

/** Projector widths: 1024 × 768 and below. */
export const NARROW_QUERY = '(max-width: 1024px)';

const query = () => (typeof matchMedia === 'function' ? matchMedia(NARROW_QUERY) : null);
const subscribe = (onChange: () => void) => {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
};

/** True on a narrow screen, where the dock starts as a slim strip. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? false, () => false);
}
