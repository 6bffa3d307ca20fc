import '@xyflow/react/dist/style.css';
import { ReactFlowProvider } from '@xyflow/react';
import { MapGraph } from './MapGraph.tsx';

/** The Graph view: React Flow and the layout, in their own chunk. Default export for `lazy`. */
export default function GraphView() {
  return (
    <ReactFlowProvider>
      <MapGraph />
    </ReactFlowProvider>
  );
}
