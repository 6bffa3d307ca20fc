import type { LabSnapshot } from '../../sim/attempt/replay.ts';
import { formatEventTime } from '../../sim/format.ts';
import { currentMeta } from '../../sim/selectors.ts';
import { worldSummary } from '../selectors/world-summary.ts';

/** A replayed world, read-only: where the procedure stood and what the cluster looked like. */
export function WorldView({ snapshot }: { snapshot: LabSnapshot }) {
  const w = snapshot.context.world;
  const sum = worldSummary(w);
  const meta = currentMeta(snapshot);
  return (
    <div className="world-view">
      <p><strong>Procedure:</strong> {meta?.title ?? '—'}</p>
      <p><strong>Simulated time:</strong> {formatEventTime(w.clock)} · <strong>Nodes:</strong> {sum.nodes.map((n) => `${n.node} ${n.status}`).join(', ')} · <strong>Exchange group owner:</strong> {sum.owner}</p>
      <div className="world-tables">
        <table className="world-table">
          <caption>Exchange Cluster resources</caption>
          <thead><tr><th scope="col">Resource</th><th scope="col">State</th></tr></thead>
          <tbody>{sum.resources.map((r) => <tr key={r.name}><td>{r.name}</td><td>{r.status}</td></tr>)}</tbody>
        </table>
        <table className="world-table">
          <caption>Services on {sum.owner}</caption>
          <thead><tr><th scope="col">Service</th><th scope="col">Status</th></tr></thead>
          <tbody>
            {sum.services.find((s) => s.node === sum.owner)!.rows.map((r) => (
              <tr key={r.name}><td>{r.name}</td><td>{r.status}{r.by && ` (${r.by})`}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <p><strong>Restore in Progress keys:</strong> {sum.ripKeys.length ? sum.ripKeys.join('; ') : 'none'} · <strong>Last restore:</strong> {sum.lastRestore} · <strong>Mail:</strong> {sum.mail}</p>
    </div>
  );
}
