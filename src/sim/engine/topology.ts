import { EXCHANGE_GROUP, SERVICE_DEPENDS_ON, type ExchangeService, type GroupName, type NodeName } from '../world/names.ts';
import type { ResourceState, World } from '../world/types.ts';

export const exchangeOwner = (w: World): NodeName => w.cluster.groups[EXCHANGE_GROUP].owner;
/** The node runs the cluster service: it keeps and runs the groups it owns (Up or Paused). */
export const nodeRuns = (w: World, node: NodeName): boolean => w.cluster.nodes[node]?.status === 'Up' || w.cluster.nodes[node]?.status === 'Paused';
/** The node may take a group it does not own (moved, failed over, failed back): Up only, not Paused. */
export const nodeAccepts = (w: World, node: NodeName): boolean => w.cluster.nodes[node]?.status === 'Up';
export const otherNode = (node: NodeName): NodeName => (node === 'NODE1' ? 'NODE2' : 'NODE1');
export const groupResources = (w: World, group: GroupName): ResourceState[] =>
  Object.values(w.cluster.resources).filter((r) => r.group === group);
export const resourceForService = (w: World, service: ExchangeService): ResourceState | undefined =>
  Object.values(w.cluster.resources).find((r) => r.serviceName === service);

/** Resources `name` needs, deepest first, excluding itself. */
export function dependenciesOf(w: World, name: string): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    for (const dep of w.cluster.resources[n]?.dependencies ?? []) {
      visit(dep);
      if (!out.includes(dep)) out.push(dep);
    }
  };
  visit(name);
  return out;
}

/** Resources that need `name`, furthest dependants first (the order to take them offline). */
export function dependantsOf(w: World, name: string): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    for (const r of Object.values(w.cluster.resources)) {
      if (!r.dependencies.includes(n)) continue;
      visit(r.name);
      if (!out.includes(r.name)) out.push(r.name);
    }
  };
  visit(name);
  return out;
}

/** A group's resources in the order to bring them online (dependencies first). */
export function onlineOrder(w: World, group: GroupName): string[] {
  const out: string[] = [];
  for (const r of groupResources(w, group)) {
    for (const dep of [...dependenciesOf(w, r.name), r.name]) if (!out.includes(dep)) out.push(dep);
  }
  return out;
}

export function serviceDependencies(service: ExchangeService): ExchangeService[] {
  const out: ExchangeService[] = [];
  const visit = (s: ExchangeService) => {
    for (const dep of SERVICE_DEPENDS_ON[s]) {
      visit(dep);
      if (!out.includes(dep)) out.push(dep);
    }
  };
  visit(service);
  return out;
}

/** Services that need `service`, furthest first (the order to stop them). */
export function serviceDependants(service: ExchangeService): ExchangeService[] {
  const out: ExchangeService[] = [];
  const visit = (s: ExchangeService) => {
    for (const [other, deps] of Object.entries(SERVICE_DEPENDS_ON) as [ExchangeService, ExchangeService[]][]) {
      if (!deps.includes(s)) continue;
      visit(other);
      if (!out.includes(other)) out.push(other);
    }
  };
  visit(service);
  return out;
}
