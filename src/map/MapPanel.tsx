import './map.css';
import { lazy, Suspense, useId, useState, type KeyboardEvent } from 'react';
import type { LabSnapshot } from '../sim/attempt/replay.ts';
import { DockFrame, EmbeddedFrame } from './DockFrame.tsx';
import { MapDetails } from './MapDetails.tsx';
import { MapList } from './MapList.tsx';
import { titleOf } from './graph-data.ts';
import { useMapPrefs, type MapView } from './map-prefs.ts';
import { useWhenQuiet } from './use-when-quiet.ts';
import { MapInstance, MapPace, MapSnapshot, useCurrentId } from './use-map-status.ts';

// React Flow: fetched and drawn in the first pause of the trainee's clicks once the desktop is up (use-when-quiet.ts), or when Graph is chosen.
const GraphView = lazy(() => import('./GraphView.tsx'));

const VIEWS: { id: MapView; label: string }[] = [{ id: 'graph', label: 'Graph' }, { id: 'list', label: 'List' }];

/** Says the new current state to screen readers whenever it changes. */
function Announcer() {
  const current = useCurrentId();
  return <p className="visually-hidden" role="status" aria-live="polite">Current step: {titleOf(current)}</p>;
}

function GraphPending() {
  return <p className="coach-note map-loading" role="status">Drawing the procedure map…</p>;
}

/**
 * Graph and List views as APG tabs. Both stay mounted (the inactive one hidden), so switching
 * keeps the graph's viewport and costs nothing.
 */
function Views() {
  const base = useId();
  const view = useMapPrefs((s) => s.view);
  const setView = useMapPrefs((s) => s.setView);
  const [graphChosen, setGraphChosen] = useState(false);
  const drawGraph = useWhenQuiet() || graphChosen;
  const choose = (v: MapView, focus: boolean) => {
    setView(v);
    if (v === 'graph') setGraphChosen(true);
    if (focus) document.getElementById(`${base}-tab-${v}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.id === view);
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    choose(VIEWS[(to + VIEWS.length) % VIEWS.length].id, true);
  };
  return (
    <>
      <div className="map-tabs" role="tablist" aria-label="Map view" onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            role="tab"
            id={`${base}-tab-${v.id}`}
            aria-selected={view === v.id}
            aria-controls={`${base}-panel-${v.id}`}
            tabIndex={view === v.id ? 0 : -1}
            onClick={() => choose(v.id, false)}
          >
            {v.label}
          </button>
        ))}
      </div>
      {VIEWS.map((v) => (
        <div key={v.id} className={`map-view map-view-${v.id}`} role="tabpanel" id={`${base}-panel-${v.id}`} aria-labelledby={`${base}-tab-${v.id}`} hidden={view !== v.id}>
          {v.id === 'list' ? <MapList shown={view === 'list'} /> : <Suspense fallback={<GraphPending />}>{drawGraph ? <GraphView /> : <GraphPending />}</Suspense>}
        </div>
      ))}
    </>
  );
}

export interface MapPanelProps {
  /** A snapshot to show instead of the running lab's (a replay); jumps are off then. */
  snapshot?: LabSnapshot;
  /** Inside another panel (a replay): no aside of its own, no splitter, no Hide button. */
  embedded?: boolean;
}

/**
 * The procedure map: the machine's states and transitions as a graph and as a list, with the
 * trainee's way through them. Default export so the dock can load it lazily.
 */
export default function MapPanel({ snapshot, embedded = false }: MapPanelProps) {
  const uid = useId().replace(/[^A-Za-z0-9]/g, '');
  const body = (
    <MapInstance.Provider value={embedded ? `m${uid}-` : ''}>
      <MapSnapshot.Provider value={snapshot ?? null}>
        <Views />
        <MapPace.Provider value="soon">
          <MapDetails />
          <Announcer />
        </MapPace.Provider>
      </MapSnapshot.Provider>
    </MapInstance.Provider>
  );
  return embedded ? <EmbeddedFrame>{body}</EmbeddedFrame> : <DockFrame>{body}</DockFrame>;
}
export { jumpByStep } from './step-jump.ts';
