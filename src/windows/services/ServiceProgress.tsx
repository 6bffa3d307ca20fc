import { useId } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import type { Progress } from './use-service-control.ts';

/** Q101602: "Attempting to start the <service> service on \\<computer>." with a block progress bar. */
export function ServiceProgress({ progress }: { progress: Progress }) {
  const textId = useId();
  const percent = Math.round(progress.fraction * 100);
  return (
    <ModalDialog title="Service Control" describedBy={textId} className="svc-progress">
      <p id={textId} className="svc-progress-text">
        {progress.text}
      </p>
      <div
        role="progressbar"
        aria-label="Progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="progress-indicator segmented svc-progress-bar"
      >
        <span className="progress-indicator-bar" style={{ width: `${percent}%` }} />
      </div>
    </ModalDialog>
  );
}
