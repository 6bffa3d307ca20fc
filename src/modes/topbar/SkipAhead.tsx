import { timeToNextChange } from '../../sim/selectors/next-change.ts';
import { getWorld, sendLab, useLab, useWorld } from '../../store/lab-session.ts';
import { Long } from './Long.tsx';

/**
 * Issue 10 item 7: an honest way past a long wait. Advances simulated time in one recorded
 * `clock.tick` (marked `skip`) to the next change a trainee could see: the end of a restore, a
 * service leaving Start Pending, a resource coming online.
 */
export function SkipAhead() {
  const pending = useWorld((w) => w.ops.length > 0);
  const active = useLab((s) => s.snapshot.status === 'active');
  const skip = () => {
    const ms = timeToNextChange(getWorld());
    if (ms !== null) sendLab({ type: 'clock.tick', ms, skip: true });
  };
  return (
    <button type="button" className="topbar-skip" disabled={!pending || !active} onClick={skip} title="Advance simulated time to the next change">
      Skip<Long> to next change</Long>
    </button>
  );
}
