import { createContext, useContext, useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/after-next-paint.ts';

/** The first-paint flag of an enclosing screen (App provides it), so all it defers arrives in one commit. */
export const FirstPaint = createContext<boolean | null>(null);

/**
 * False in the first frame, true right after it is painted: what can wait (the dock, the top bar's
 * commands, the briefing) then mounts in its own task, so the desktop and the taskbar show without it.
 * Inside a `FirstPaint` provider it reads the provider's flag.
 */
export function useAfterFirstPaint(): boolean {
  const shared = useContext(FirstPaint);
  const [own, setOwn] = useState(false);
  useEffect(() => (shared === null ? afterNextPaint(() => setOwn(true)) : undefined), [shared]);
  return shared ?? own;
}
