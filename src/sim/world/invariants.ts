import { RIP_KEY, ripPath, type DatabaseService } from './names.ts';
import { findKey } from './registry-tree.ts';
import type { World } from './types.ts';

const DBS: DatabaseService[] = ['MSExchangeDS', 'MSExchangeIS'];

/** Every rule the engine promises to keep, as readable violations (empty = healthy). Pure. */
export function invariantViolations(w: World): string[] {
  const out: string[] = [];
  for (const r of Object.values(w.cluster.resources)) {
    if (r.status !== 'Online') continue;
    for (const dep of r.dependencies) {
      if (w.cluster.resources[dep].status !== 'Online') out.push(`${r.name} is Online but its dependency ${dep} is ${w.cluster.resources[dep].status}`);
    }
    const owner = w.cluster.groups[r.group].owner;
    if (w.cluster.nodes[owner].status !== 'Up' && w.cluster.nodes[owner].status !== 'Paused') out.push(`${r.name} is Online on ${owner}, which is ${w.cluster.nodes[owner].status}`);
    const noticing = w.ops.some((op) => op.steps.some((s) => s.kind === 'detect-failure' && s.resource === r.name));
    if (r.serviceName && !noticing && w.services[owner][r.serviceName].status !== 'Started' && w.services[owner][r.serviceName].status !== 'Stop Pending') {
      out.push(`${r.name} is Online but ${r.serviceName} on ${owner} is ${w.services[owner][r.serviceName].status}`);
    }
  }
  for (const service of Object.keys(w.services.NODE1) as (keyof World['services']['NODE1'])[]) {
    const running = (['NODE1', 'NODE2'] as const).filter((n) => w.services[n][service].status === 'Started');
    if (running.length > 1) out.push(`${service} runs on both nodes`);
    for (const n of running) if (w.cluster.nodes[n].status === 'Down') out.push(`${service} runs on ${n}, which is down`);
  }
  for (const node of ['NODE1', 'NODE2'] as const) {
    for (const svc of Object.values(w.services[node])) {
      const running = svc.status === 'Started' || svc.status === 'Paused';
      if (running === (svc.controller === null) && svc.status !== 'Start Pending' && svc.status !== 'Stop Pending') {
        out.push(`${svc.name} on ${node} is ${svc.status} with controller ${svc.controller}`);
      }
    }
    for (const service of DBS) {
      const present = findKey(w.registry[node], ripPath(service)) !== undefined;
      const entry = w.ripLedger.find((e) => e.node === node && e.service === service);
      if (present && !entry) out.push(`${RIP_KEY} under ${service} on ${node} has no known origin`);
      if (!present && entry) out.push(`The ledger lists a ${RIP_KEY} key under ${service} on ${node} that is not there`);
      // A key NT Backup wrote is consumed by the first successful start, so it never sits beside a running service.
      if (present && entry?.by === 'restore' && w.services[node][service].status === 'Started') {
        out.push(`${service} runs on ${node} while the restore's ${RIP_KEY} key is still there`);
      }
    }
  }
  return out;
}
