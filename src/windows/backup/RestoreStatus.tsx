import { useEffect, useRef, useState } from 'react';
import { formatCount, formatElapsed, restoreSummary } from '../../sim/selectors/backup-log.ts';
import { canAbortRestore, restoreCounters, restoreFiles, restoreProgress, type RestoreProgress } from '../../sim/selectors/backup.ts';
import { useWorld, useWorldShallow } from '../../store/lab-session.ts';
import { Icon } from '../../ui/Icon.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';

type Props = { index: number; onOk: () => void; onAbort: () => void; onHelp: () => void };

const NONE = {} as Partial<RestoreProgress>;

/** Keeps the last non-null value: an aborted job's counters stay where the trainee saw them. */
function useLastKnown<T>(value: T | null): T | null {
  const [last, setLast] = useState<T | null>(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}

/**
 * Restore Status [R layout, Q244408]: counters, a progress bar, the summary that also goes to
 * Backup.log, OK once the job has ended and Abort while it runs. It shows what the world says.
 */
export function RestoreStatus({ index, onOk, onAbort, onHelp }: Props) {
  const p = useWorldShallow((w) => restoreProgress(w, index) ?? NONE);
  const set = useWorld((w) => w.tape.sets[0]);
  const percent = useLastKnown(p.percent ?? null) ?? 0;
  const elapsed = useLastKnown(p.elapsedMs ?? null) ?? 0;
  const startedAt = useLastKnown(p.startedAt ?? null);
  const lines = useWorldShallow((w) => {
    const progress = restoreProgress(w, index);
    return progress ? restoreSummary(w, progress, startedAt) : [];
  });
  const running = p.status === 'running';
  const node = p.node;
  const canAbort = useWorld((w) => node !== undefined && canAbortRestore(w, node));
  const files = p.options && set ? restoreFiles(p.options, set) : [];
  const c = restoreCounters(files, p.status === 'completed' ? 1 : percent / 100);
  const okRef = useRef<HTMLButtonElement>(null);
  const logRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!running) okRef.current?.focus();
  }, [running]);
  // New summary lines scroll into view; the trainee may scroll back between them.
  const lineCount = lines.length;
  useEffect(() => {
    const log = logRef.current;
    if (log && lineCount > 0) log.scrollTop = log.scrollHeight;
  }, [lineCount]);

  const now =
    p.status === 'running' ? `Restoring: ${c.current ?? '...'}`
    : p.status === 'completed' ? 'Restore completed.'
    : p.status === 'aborted' ? 'Restore aborted.'
    : 'The operation did not complete.';
  const counter = (label: string, value: string) => (
    <div className="counter">
      <span>{label}</span>
      <span className="counter-value">{value}</span>
    </div>
  );

  return (
    <ModalDialog title="Restore Status" onCancel={running ? undefined : onOk} className="restore-status">
      <div className="status-now">
        <Icon name="tape" size={32} />
        <span>{now}</span>
      </div>
      <div className="counters">
        {counter('Directories:', formatCount(c.directories))}
        {counter('Elapsed time:', formatElapsed(elapsed))}
        {counter('Files:', formatCount(c.files))}
        {counter('Corrupt files:', '0')}
        {counter('Bytes:', formatCount(c.bytes))}
        {counter('Skipped files:', '0')}
      </div>
      <ProgressBar label="Restore progress" percent={percent} valueText={`${percent}%`} className="nt-progress" />
      <div className="summary-label" id={`summary-${index}`}>
        Summary
      </div>
      <div ref={logRef} role="log" aria-labelledby={`summary-${index}`} tabIndex={0} className="summary-log">
        {lines.map((l, i) => (
          <div key={i}>{l}</div>
        ))}
      </div>
      <div className="dialog-buttons centered">
        <button ref={okRef} type="button" className="default" disabled={running} data-autofocus onClick={onOk}>
          OK
        </button>
        <button type="button" disabled={!canAbort} data-autofocus={running || undefined} onClick={onAbort}>
          Abort
        </button>
        <button type="button" onClick={onHelp}>
          Help
        </button>
      </div>
    </ModalDialog>
  );
}
