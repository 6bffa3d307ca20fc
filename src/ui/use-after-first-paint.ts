import { useEffect, useState } from 'react';

/**
 * False in the first frame, true right after it is painted: what can wait (the dock, the top bar's
 * commands, the briefing) then mounts in its own task, so the desktop and the taskbar show without it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const afterPaint = () => { timer = setTimeout(() => setPainted(true), 0); };
    if (typeof requestAnimationFrame !== 'function') {
      afterPaint();
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(afterPaint);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
