import { useEffect } from 'react';
import { timeToNextChange } from '../../sim/selectors/next-change.ts';
import { getWorld, labSession, sendLab, useLab, useWorld } from '../../store/lab-session.ts';
import { Long } from './Long.tsx';

/** Ctrl+Shift+Enter: the skip from wherever the focus is, NT boxes included (they are modal to the page). */
export const isSkipKey = (e: Pick<KeyboardEvent, 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey' | 'key'>) =>
  e.ctrlKey && e.shiftKey && !e.altKey && !e.metaKey && e.key === 'Enter';

/** One recorded tick to the next visible change; nothing while nothing is pending or the attempt is over. */
function skip(): void {
  if (getWorld().ops.length === 0 || labSession.getState().snapshot.status !== 'active') return;
  const ms = timeToNextChange(getWorld());
  if (ms !== null) sendLab({ type: 'clock.tick', ms, skip: true });
}

/**
 * Issue 10 item 7: an honest way past a long wait. Advances simulated time in one recorded
 * `clock.tick` (marked `skip`) to the next change a trainee could see: the end of a restore, a
 * service leaving Start Pending, a resource coming online. The longest waits happen under an NT
 * box (Restore Status, "Attempting to start…"), which covers the page, so Ctrl+Shift+Enter does
 * the same from the keyboard wherever the focus is.
 */
export function SkipAhead() {
  const pending = useWorld((w) => w.ops.length > 0);
  const active = useLab((s) => s.snapshot.status === 'active');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSkipKey(e)) return;
      e.preventDefault();
      e.stopPropagation();
      skip();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <button
      type="button"
      className="topbar-skip"
      disabled={!pending || !active}
      onClick={skip}
      aria-keyshortcuts="Control+Shift+Enter"
      title="Advance simulated time to the next change (Ctrl+Shift+Enter)"
    >
      Skip<Long> to next change</Long>
    </button>
  );
}
