import { lazy, Suspense } from 'react';
import type { MapPanelProps } from '../map/MapPanel.tsx';

// The map is its own chunk (React Flow and the layout), loaded when a dock first shows it.
const MapPanel = lazy(() => import('../map/MapPanel.tsx'));

/** The procedure map (src/map), loaded on first use. */
export function LazyMap(props: MapPanelProps) {
  return (
    <Suspense fallback={<p className="coach-note map-loading" role="status">Loading the procedure map…</p>}>
      <MapPanel {...props} />
    </Suspense>
  );
}
