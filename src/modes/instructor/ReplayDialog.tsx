import { useEffect, useId, useMemo, useState } from 'react';
import type { Attempt } from '../../sim/attempt/attempt.ts';
import { effectiveEvents } from '../../sim/session/log-rules.ts';
import { startSnapshot } from '../../sim/attempt/replay.ts';
import type { SimEvent } from '../../sim/events.ts';
import type { Scenario } from '../../sim/scenarios/types.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { findRecovery } from '../coach/recovery-search.ts';
import { LazyMap } from '../LazyMap.tsx';
import { useModes } from '../modes-store.ts';
import { describeEvent } from '../selectors/describe-event.ts';
import { replaySteps, snapshotsAt } from '../selectors/replay.ts';
import { branchFrom } from '../session.ts';
import { WorldView } from './WorldView.tsx';

/** The shortest correct way through the scenario from its start (searched in a worker); undefined while searching. */
function useOptimalPath(scenario: Scenario, seed: number): SimEvent[] | null | undefined {
  const [found, setFound] = useState<{ key: string; path: SimEvent[] | null } | null>(null);
  const key = `${scenario.id}|${seed}`;
  useEffect(() => {
    let live = true;
    findRecovery({ scenario, seed, events: [] }).catch(() => null).then((path) => {
      if (live) setFound({ key, path: path && path.filter((e) => e.type !== 'clock.tick') });
    });
    return () => { live = false; };
  }, [scenario, seed, key]);
  return found?.key === key ? found.path : undefined;
}

/**
 * Instructor replay: a scrubber over the attempt's effective events; the world at that point,
 * read-only, with the map and the optimal path beside it; "Branch from here" starts a new
 * attempt from that prefix.
 */
export function ReplayDialog({ attempt, scenario, title }: { attempt: Attempt; scenario: Scenario; title: string }) {
  const id = useId();
  const close = useModes((s) => s.close);
  const events = useMemo(() => effectiveEvents(attempt.events), [attempt]);
  const steps = useMemo(() => replaySteps(events), [events]);
  const start = useMemo(() => startSnapshot(scenario, attempt.seed), [scenario, attempt.seed]);
  const snaps = useMemo(() => snapshotsAt(start, events, steps), [start, events, steps]);
  const optimal = useOptimalPath(scenario, attempt.seed);
  const last = steps.length - 1;
  const [n, setN] = useState(last);
  const go = (i: number) => setN(Math.max(0, Math.min(last, i)));

  return (
    <ModalDialog title={`Replay: ${title}`} onCancel={close} className="modes-dialog replay-dialog">
      <div className="replay-grid">
        <div className="replay-left">
          <div className="field-row-stacked">
            <label htmlFor={`${id}-pos`}>Action {n} of {last}</label>
            <input
              id={`${id}-pos`} type="range" min={0} max={last} step={1} value={n} data-autofocus
              aria-valuetext={`Action ${n} of ${last}: ${steps[n].label}`}
              onChange={(e) => go(Number(e.target.value))}
            />
          </div>
          <div className="field-row">
            <button type="button" onClick={() => go(0)} disabled={n === 0}>|◀ Start</button>
            <button type="button" onClick={() => go(n - 1)} disabled={n === 0}>◀ Previous</button>
            <button type="button" onClick={() => go(n + 1)} disabled={n === last}>Next ▶</button>
            <button type="button" onClick={() => go(last)} disabled={n === last}>End ▶|</button>
          </div>
          <p className="replay-now" aria-live="polite"><strong>{n === 0 ? 'Start' : `Action ${n}`}:</strong> {steps[n].label}</p>
          <ol className="replay-steps sunken-panel" aria-label="Actions of the attempt" start={0} tabIndex={0}>
            {steps.map((s, i) => (
              <li key={i} className={i === n ? 'is-current' : i > n ? 'is-later' : undefined} aria-current={i === n ? 'step' : undefined}>{s.label}</li>
            ))}
          </ol>
          <h3 className="coach-heading">Optimal path from the start</h3>
          {optimal === undefined ? <p className="coach-note" role="status">Working out the optimal path…</p> : optimal ? (
            <ol className="replay-steps sunken-panel" aria-label="Optimal path from the start" tabIndex={0}>
              {optimal.map((e, i) => <li key={i}>{describeEvent(e)}</li>)}
            </ol>
          ) : <p className="coach-note">This scenario cannot be finished: stopping is the right answer.</p>}
        </div>
        <div className="replay-right">
          <section aria-label="World at this point"><WorldView snapshot={snaps[n]} /></section>
          <section className="replay-map" aria-label="Procedure map at this point"><LazyMap snapshot={snaps[n]} embedded /></section>
        </div>
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={() => { branchFrom(scenario, 'instructor', attempt.seed, events.slice(0, steps[n].end)); }}>Branch from here</button>
        <button type="button" onClick={close}>Close</button>
      </div>
    </ModalDialog>
  );
}
