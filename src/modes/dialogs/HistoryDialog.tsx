import { useRef, useState } from 'react';
import { policyOf } from '../../sim/session/mode-policy.ts';
import { useHistory, type FinishedAttempt } from '../../store/history-store.ts';
import { useLab } from '../../store/lab-session.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { findAnyScenario } from '../imported-scenarios.ts';
import { useModes } from '../modes-store.ts';
import { MODE_LABELS } from '../selectors/time.ts';
import { downloadText, fileStamp } from '../topbar/download.ts';

/** Finished attempts, newest first: view a report, replay one (instructor), export or import them all. */
export function HistoryDialog() {
  const { close, open } = useModes();
  const finished = useHistory((s) => s.finished);
  const mode = useLab((s) => s.mode);
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const rows = [...finished].reverse();
  const view = (f: FinishedAttempt) => open({ kind: 'report', report: f.report, attempt: f.attempt, mode: f.mode, finishedAt: f.finishedAt });
  const replay = (f: FinishedAttempt) => {
    const scenario = findAnyScenario(f.attempt.scenarioId);
    if (scenario) open({ kind: 'replay', attempt: f.attempt, scenario, title: `${f.report.scenarioTitle}, ${new Date(f.finishedAt).toLocaleString()}` });
  };
  const importFile = async (f: File | undefined) => {
    if (!f) return;
    const r = await useHistory.getState().importHistory(await f.text());
    setMessage(r.ok ? { ok: true, text: `Imported ${r.added} finished attempt${r.added === 1 ? '' : 's'} from “${f.name}”.` } : { ok: false, text: `“${f.name}” was not imported: ${r.error}` });
    if (file.current) file.current.value = '';
  };
  return (
    <ModalDialog title="History" onCancel={close} className="modes-dialog history-dialog">
      {rows.length === 0 ? <p className="dialog-text">No finished attempts yet.</p> : (
        <div className="history-list sunken-panel">
          <table className="catalog-table">
            <caption className="visually-hidden">Finished attempts</caption>
            <thead><tr><th scope="col">Finished</th><th scope="col">Scenario</th><th scope="col">Mode</th><th scope="col">Score</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id}>
                  <td>{new Date(f.finishedAt).toLocaleString()}</td>
                  <td>{f.report.scenarioTitle}</td>
                  <td>{MODE_LABELS[f.mode]}</td>
                  <td>{f.report.score} / 100 {f.report.passed ? '(passed)' : '(not passed)'}</td>
                  <td className="catalog-actions">
                    <button type="button" aria-label={`View report of ${f.report.scenarioTitle}, ${new Date(f.finishedAt).toLocaleString()}`} onClick={() => view(f)}>View report</button>
                    {policyOf(mode).instructorTools && findAnyScenario(f.attempt.scenarioId) && <button type="button" aria-label={`Replay ${f.report.scenarioTitle}, ${new Date(f.finishedAt).toLocaleString()}`} onClick={() => replay(f)}>Replay</button>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'coach-note' : 'error-text'}>{message.text}</p>}
      <input ref={file} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-label="History file" onChange={(e) => void importFile(e.target.files?.[0])} />
      <div className="dialog-buttons">
        <button type="button" disabled={finished.length === 0} onClick={() => downloadText(`history-${fileStamp(Date.now())}.json`, useHistory.getState().exportHistory())}>Export all</button>
        <button type="button" onClick={() => file.current?.click()}>Import…</button>
        <button type="button" data-autofocus onClick={close}>Close</button>
      </div>
    </ModalDialog>
  );
}
