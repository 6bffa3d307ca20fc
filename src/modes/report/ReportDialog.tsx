import type { Attempt } from '../../sim/attempt/attempt.ts';
import type { Report } from '../../sim/scoring/types.ts';
import type { Mode } from '../../sim/scenarios/types.ts';
import { labSession } from '../../store/lab-session.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { findAnyScenario } from '../imported-scenarios.ts';
import { useModes } from '../modes-store.ts';
import { beginAttempt } from '../session.ts';
import { downloadText, fileStamp } from '../topbar/download.ts';
import { ReportBody } from './ReportBody.tsx';
import './print.css';

/** The report page: score, steps, mistakes, recoveries, help used; Print and Export. */
export function ReportDialog({ report, attempt, mode, finishedAt }: { report: Report; attempt: Attempt; mode: Mode; finishedAt: number | null }) {
  const close = useModes((s) => s.close);
  const exportJson = () => downloadText(
    `report-${report.scenarioId}-${mode}-${fileStamp(finishedAt ?? Date.now())}.json`,
    JSON.stringify({ format: 'cluster-restore-lab.report', version: 1, mode, finishedAt, report, attempt }, null, 2),
  );
  const scenario = findAnyScenario(report.scenarioId);
  const isCurrent = labSession.getState().attempt === attempt;
  return (
    <ModalDialog title={`Report: ${report.scenarioTitle}`} onCancel={close} className="modes-dialog report-dialog">
      <div className="report-scroll" role="region" aria-label="Report" tabIndex={0}>
        <ReportBody report={report} mode={mode} finishedAt={finishedAt} />
      </div>
      <div className="dialog-buttons report-buttons">
        <button type="button" onClick={() => window.print()}>Print…</button>
        <button type="button" onClick={exportJson}>Export JSON</button>
        {isCurrent && scenario && <button type="button" onClick={() => beginAttempt(scenario, mode)}>Try again</button>}
        <button type="button" data-autofocus onClick={close}>Close</button>
      </div>
    </ModalDialog>
  );
}
