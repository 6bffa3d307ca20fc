import { useEffect, useState } from 'react';

/** False until the browser is first idle after this component mounted (or `timeout` ms passed). */
export function useAfterIdle(timeout = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (idle) return;
    if (typeof requestIdleCallback !== 'function') {
      const t = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(t);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout });
    return () => cancelIdleCallback(handle);
  }, [idle, timeout]);
  return idle;
}
