import type { Report } from '../../sim/scoring/types.ts';
import type { Mode } from '../../sim/scenarios/types.ts';
import { MODE_LABELS, spokenDuration } from '../selectors/time.ts';

const STATUS: Record<Report['steps'][number]['status'], string> = { done: 'Done', 'out-of-order': 'Out of order', skipped: 'Skipped', 'not-reached': 'Not reached' };
const OUTCOME: Record<Report['outcome'], string> = { completed: 'Completed', 'stopped-correctly': 'Stopped correctly', stopped: 'Stopped', unfinished: 'Unfinished' };
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** The itemised report of one attempt. Plain text only (it may come from an imported file). */
export function ReportBody({ report, mode, finishedAt }: { report: Report; mode: Mode; finishedAt: number | null }) {
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report-head">
        <h2 id="report-title">{report.scenarioTitle}</h2>
        <p>{MODE_LABELS[mode]} · {OUTCOME[report.outcome]}{finishedAt !== null && ` · ${new Date(finishedAt).toLocaleString()}`}</p>
        <p className={`report-score ${report.passed ? 'passed' : 'failed'}`}>
          Score: {report.score} / 100 — {report.passed ? 'PASSED' : 'NOT PASSED'}
        </p>
        {report.verdict && <p>{report.verdict}</p>}
      </header>

      <section aria-labelledby="report-steps">
        <h3 id="report-steps">Steps of Q238063</h3>
        <table className="report-table">
          <thead><tr><th scope="col">KB step</th><th scope="col">Task</th><th scope="col">Status</th></tr></thead>
          <tbody>
            {report.steps.map((s, i) => (
              <tr key={i} className={`step-${s.status}`}><td>{s.kbStep}</td><td>{s.title}</td><td>{STATUS[s.status]}{s.byPrelude && ' (by the scenario)'}</td></tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="report-mistakes">
        <h3 id="report-mistakes">Mistakes ({report.mistakes.length})</h3>
        {report.mistakes.length === 0 ? <p>None.</p> : (
          <ol className="report-items">
            {report.mistakes.map((m, i) => (
              <li key={i}>
                <strong>{m.branch ? `${m.branch}: ` : ''}{m.title}</strong> ({m.severity}{m.kbStep !== null && `, KB step ${m.kbStep}`}, {signed(-m.points)} points{m.recovered && ', recovered'})
                {m.action && <><br />What you did: {m.action}</>}
                <br />Consequence: {m.consequence}
                {m.excusedBecause && <><br /><em>No deduction: {m.excusedBecause}</em></>}
                {m.kb.length > 0 && <><br />Proof: KB {m.kb.join(', ')}</>}
              </li>
            ))}
          </ol>
        )}
      </section>

      {report.recoveries.length > 0 && (
        <section aria-labelledby="report-recoveries">
          <h3 id="report-recoveries">Recoveries ({report.recoveries.length})</h3>
          <ol className="report-items">
            {report.recoveries.map((r, i) => (
              <li key={i}>
                {r.explanation} Detour: {r.detourEvents} action{r.detourEvents === 1 ? '' : 's'}, {spokenDuration(r.detourSimulatedMs)} of simulated time ({signed(r.points)} points back).
                {r.kb.length > 0 && <> KB {r.kb.join(', ')}.</>}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="report-help">
        <h3 id="report-help">Help and time</h3>
        <ul className="report-items">
          <li>Hints: {report.hints.length === 0 ? 'none' : report.hints.map((h) => `rung ${h.rung} (−${h.points})`).join(', ')}</li>
          <li>Undos: {report.undos} · Resets: {report.resets} · Solution shown: {report.solutionShown ? 'yes (cannot pass)' : 'no'}</li>
          <li>Time taken: {spokenDuration(report.durationMs)} · Simulated time: {spokenDuration(report.simulatedMs)}</li>
        </ul>
      </section>

      {report.deductions.length > 0 && (
        <section aria-labelledby="report-deductions">
          <h3 id="report-deductions">How the score was made</h3>
          <table className="report-table">
            <thead><tr><th scope="col">Reason</th><th scope="col">Points</th></tr></thead>
            <tbody>{report.deductions.map((d, i) => <tr key={i}><td>{d.reason}</td><td>{signed(d.points)}</td></tr>)}</tbody>
          </table>
        </section>
      )}
    </article>
  );
}
