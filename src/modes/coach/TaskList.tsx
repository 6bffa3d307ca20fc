import { useMemo } from 'react';
import { useLab } from '../../store/lab-session.ts';
import { doneCount, taskList, type TaskStatus } from '../selectors/task-list.ts';

const GLYPH: Record<TaskStatus, string> = { done: '✓', current: '▶', skipped: '✗', todo: '' };
const SAY: Record<TaskStatus, string> = { done: 'done', current: 'current step', skipped: 'skipped', todo: 'not done yet' };

/** The KB steps, ticking as the trainee does them. */
export function TaskList() {
  const snapshot = useLab((s) => s.snapshot);
  const rows = useMemo(() => taskList(snapshot), [snapshot]);
  return (
    <section className="coach-section" aria-labelledby="coach-tasks-title">
      <h2 id="coach-tasks-title" className="coach-heading">
        Steps of Q238063 <span className="coach-count">({doneCount(rows)} of {rows.length} done)</span>
      </h2>
      <ol className="task-list" aria-label="Steps of Q238063">
        {rows.map((r) => (
          <li key={r.id} className={`task task-${r.status}`} aria-current={r.status === 'current' ? 'step' : undefined}>
            <span className="task-glyph" aria-hidden="true">{GLYPH[r.status]}</span>
            <span className="task-title">{r.title}</span>
            <span className="visually-hidden"> ({SAY[r.status]})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
