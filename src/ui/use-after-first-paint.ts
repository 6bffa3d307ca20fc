import { useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/after-next-paint.ts';

/**
 * False in the first frame, true right after it is painted: what can wait (the dock, the top bar's
 * commands, the briefing) then mounts in its own task, so the desktop and the taskbar show without it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
