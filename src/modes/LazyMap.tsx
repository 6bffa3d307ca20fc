import { lazy, Suspense, type ComponentType } from 'react';
import type { LabSnapshot } from '../sim/attempt/replay.ts';

/** What the modes UI passes to the procedure map (src/map/MapPanel.tsx, default export). */
export interface MapPanelProps {
  /** A snapshot to show instead of the running lab's (replay). */
  snapshot?: LabSnapshot;
  /** Without the map's own dock (inside another panel, e.g. the replay). */
  embedded?: boolean;
}

type MapModule = { default: ComponentType<MapPanelProps> };
// The map is its own chunk, loaded when a dock first shows it (React.lazy over a dynamic import).
const loaders = import.meta.glob<MapModule>('../map/MapPanel.tsx');
const load = loaders['../map/MapPanel.tsx'];
const MapPanel = load ? lazy(load) : null;

/** The procedure map, loaded on first use. */
export function LazyMap(props: MapPanelProps) {
  if (!MapPanel) return <p className="coach-note">The procedure map is not available in this build.</p>;
  return (
    <Suspense fallback={<p className="coach-note" role="status">Loading the procedure map…</p>}>
      <MapPanel {...props} />
    </Suspense>
  );
}
