import { useEffect, useState } from 'react';
import { useLab } from '../../store/lab-session.ts';
import { lastEntryAt } from '../selectors/attempt-facts.ts';
import { formatDuration, spokenDuration } from '../selectors/time.ts';

/** Assessment: wall-clock time since the attempt began; stops when it ends. */
export function ElapsedTimer() {
  const startedAt = useLab((s) => s.startedAt);
  const finishedAfter = useLab((s) => (s.snapshot.status === 'active' ? null : lastEntryAt(s.attempt)));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (finishedAfter !== null) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [finishedAfter]);
  const elapsed = finishedAfter ?? now - startedAt;
  return (
    <span className="topbar-field topbar-timer" role="timer" aria-label={`Elapsed time ${spokenDuration(elapsed)}`}>
      <span aria-hidden="true">Elapsed {formatDuration(elapsed)}</span>
    </span>
  );
}
