import { useId } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
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
      <ProgressBar label="Progress" percent={percent} className="svc-progress-bar" />
    </ModalDialog>
  );
}
