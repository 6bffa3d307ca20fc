import type { SimError } from '../engine/result.ts';
import { groupRows, resourceRows } from '../selectors/cluster-admin.ts';
import { CLUSTER_NAME, NODES, type GroupName, type NodeName } from '../world/names.ts';
import type { World } from '../world/types.ts';
import { say, type Job, type JobInput, type Reply } from './types.ts';

/** cluster.exe (MSCS 1.0): status tables in its fixed columns, names longer than a column push the rest right [R]. */
const col = (text: string, width: number) => `${text.padEnd(width)} `;
const GROUP_HEAD = `${col('Group', 20)}${col('Node', 15)}Status\n${col('-'.repeat(20), 20)}${col('-'.repeat(15), 15)}------\n`;
const RESOURCE_HEAD = `${col('Resource', 20)}${col('Group', 20)}${col('Node', 15)}Status\n${col('-'.repeat(20), 20)}${col('-'.repeat(20), 20)}${col('-'.repeat(15), 15)}------\n`;
const NODE_HEAD = `${col('Node', 14)}${col('Node ID', 7)}Status\n${col('-'.repeat(14), 14)}${col('-'.repeat(7), 7)}${'-'.repeat(21)}\n`;

/** Win32 cluster errors as cluster.exe prints them, from the engine's typed refusal. */
const systemError = (code: number, text: string) => `System error ${code} has occurred (0x${code.toString(16).padStart(8, '0')}).\n${text}\n\n`;
const ERR_RESOURCE = systemError(5007, 'The cluster resource could not be found.');
const ERR_GROUP = systemError(5013, 'The cluster group could not be found.');
const ERR_NODE = systemError(5042, 'The cluster node was not found.');
const ERR_STATE = systemError(5023, 'The group or resource is not in the correct state to perform the requested operation.');
const ERR_NODE_DOWN = systemError(5050, 'The cluster node is down.');
const ERR_NOT_AVAILABLE = systemError(5005, 'A cluster node is not available for this operation.');

function refusal(error: SimError): string {
  switch (error.code) {
    case 'unknown-resource': return ERR_RESOURCE;
    case 'unknown-group': return ERR_GROUP;
    case 'unknown-node': return ERR_NODE;
    case 'node-down': return ERR_NODE_DOWN;
    default: return ERR_STATE;
  }
}

function groupTable(w: World, only?: string): string {
  const rows = groupRows(w).filter((g) => !only || g.name === only);
  return GROUP_HEAD + rows.map((g) => `${col(g.name, 20)}${col(g.owner, 15)}${g.status}\n`).join('') + '\n';
}

function resourceTable(w: World, only?: string): string {
  const rows = resourceRows(w).filter((r) => !only || r.name === only);
  return RESOURCE_HEAD + rows.map((r) => `${col(r.name, 20)}${col(r.group, 20)}${col(r.owner, 15)}${r.status}\n`).join('') + '\n';
}

function nodeTable(w: World, only?: NodeName): string {
  const rows = NODES.filter((n) => !only || n === only);
  return NODE_HEAD + rows.map((n) => `${col(n, 14)}${String(NODES.indexOf(n) + 1).padStart(7)} ${w.cluster.nodes[n].status}\n`).join('') + '\n';
}

const USAGE =
  'The syntax of this command is:\n\nCLUSTER [[/CLUSTER:]cluster-name] <options>\n\n' +
  '<options> =\n  /LIST[:domain-name]\n\n' +
  'CLUSTER [[/CLUSTER:]cluster-name] NODE [node-name] [/STATUS]\n' +
  'CLUSTER [[/CLUSTER:]cluster-name] GROUP [group-name] [/STATUS | /ONLINE | /OFFLINE | /MOVE[:node-name]]\n' +
  'CLUSTER [[/CLUSTER:]cluster-name] RESOURCE [resource-name] [/STATUS | /ONLINE | /OFFLINE]\n\n';

/** Case-insensitive lookup, as the cluster API matches names. */
const match = <T extends string>(names: readonly T[], arg: string): T | undefined => names.find((n) => n.toLowerCase() === arg.toLowerCase());

/** `cluster [CLUSTER1] group|resource|node [name] [/option]`. Every change goes through the cluster events the GUI sends. */
export function clusterCommand(w: World, args: string[]): Reply {
  let rest = args;
  if (rest[0] && (rest[0].toLowerCase() === CLUSTER_NAME.toLowerCase() || rest[0].toLowerCase() === `/cluster:${CLUSTER_NAME.toLowerCase()}`)) rest = rest.slice(1);
  const object = rest[0]?.toLowerCase();
  const name = rest.slice(1).find((a) => !a.startsWith('/'));
  const option = rest.slice(1).find((a) => a.startsWith('/'))?.toLowerCase() ?? '/status';
  if (object === 'group') return groupCommand(w, name, option);
  if (object === 'resource' || object === 'res') return resourceCommand(w, name, option);
  if (object === 'node') {
    if (!name) return say(`Listing status for all available nodes:\n\n${nodeTable(w)}`);
    const node = match(NODES, name);
    return node ? say(`Listing status for node '${node}':\n\n${nodeTable(w, node)}`) : say(ERR_NODE);
  }
  return say(USAGE);
}

function groupCommand(w: World, arg: string | undefined, option: string): Reply {
  if (!arg) return say(`Listing status for all available resource groups:\n\n${groupTable(w)}`);
  const group = match(Object.keys(w.cluster.groups) as GroupName[], arg);
  if (!group) return say(ERR_GROUP);
  const report = (heading: string): Job => ({ kind: 'cluster-report', table: 'group', name: group, heading });
  if (option === '/status' || option === '/stat') return say(`Listing status for resource group '${group}':\n\n${groupTable(w, group)}`);
  if (option === '/online' || option === '/on') return say('', { send: { type: 'group.bringOnline', group }, job: report(`Bringing resource group '${group}' online...`) });
  if (option === '/offline' || option === '/off') return say('', { send: { type: 'group.takeOffline', group }, job: report(`Taking resource group '${group}' offline...`) });
  const move = /^\/move(?:to)?(?::(.+))?$/.exec(option);
  if (move) {
    const owner = w.cluster.groups[group].owner;
    const target = move[1] ? match(NODES, move[1]) : undefined;
    if (move[1] && !target) return say(ERR_NODE);
    // The lab's group.move takes the group to the other node; naming its own owner moves nothing.
    if (target === owner) return say(`Moving resource group '${group}'...\n\n${groupTable(w, group)}`);
    return say('', { send: { type: 'group.move', group }, job: report(`Moving resource group '${group}'...`) });
  }
  return say(USAGE);
}

function resourceCommand(w: World, arg: string | undefined, option: string): Reply {
  if (!arg) return say(`Listing status for all available resources:\n\n${resourceTable(w)}`);
  const resource = match(Object.keys(w.cluster.resources), arg);
  if (!resource) return say(ERR_RESOURCE);
  const report = (heading: string): Job => ({ kind: 'cluster-report', table: 'resource', name: resource, heading });
  if (option === '/status' || option === '/stat') return say(`Listing status for resource '${resource}':\n\n${resourceTable(w, resource)}`);
  if (option === '/online' || option === '/on') return say('', { send: { type: 'resource.bringOnline', resource }, job: report(`Bringing resource '${resource}' online...`) });
  if (option === '/offline' || option === '/off') return say('', { send: { type: 'resource.takeOffline', resource }, job: report(`Taking resource '${resource}' offline...`) });
  return say(USAGE);
}

/** After the engine answered: the error, or the table as it stands now (pending states included, as without /WAIT). */
export function resumeClusterReport(job: Extract<Job, { kind: 'cluster-report' }>, w: World, input: JobInput): Reply {
  if (input.kind !== 'sent') return say('');
  if (input.error) return say(refusal(input.error));
  // F14: the engine keeps the group where it is and records why.
  const refused = w.incidents.at(-1);
  if (job.table === 'group' && refused?.kind === 'move-refused' && refused.seq === w.seq) return say(`${job.heading}\n${ERR_NOT_AVAILABLE}`);
  return say(`${job.heading}\n\n${job.table === 'group' ? groupTable(w, job.name) : resourceTable(w, job.name)}`);
}
