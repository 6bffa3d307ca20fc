import { initialSnapshot, step as advance } from '../machines/step.ts';
import type { SimError } from '../engine/result.ts';
import { exchangeOwner } from '../engine/topology.ts';
import type { SimEvent } from '../events.ts';
import { foldEvents, startSnapshot, type LabSnapshot } from '../attempt/replay.ts';
import { recreateRipKeySteps } from '../scenarios/standard.ts';
import type { Scenario } from '../scenarios/types.ts';
import { currentStateId } from '../selectors.ts';
import { createWorld, DEFAULT_SETUP, type WorldSetup } from '../world/initial-world.ts';
import { RES, SERVICE_DISPLAY, ripPath, type BackupItem, type DatabaseService, type ExchangeService, type GroupName, type NodeName } from '../world/names.ts';
import type { EventLogEntry, World } from '../world/types.ts';

const byDisplay = Object.fromEntries(Object.entries(SERVICE_DISPLAY).map(([k, v]) => [v, k])) as Record<string, ExchangeService>;
const toService = (name: string): ExchangeService => (byDisplay[name] ?? name) as ExchangeService;

export interface RestoreOptions {
  items?: BackupItem[];
  destination?: string;
  erase?: boolean;
  private?: boolean;
  public?: boolean;
  startService?: boolean;
}

/**
 * A headless trainee. Calls read like KB Q238063 and settle the clock afterwards (pass
 * `{ settle: false }` to watch pending states). Every event goes through the procedure machine.
 */
export class LabDriver {
  snapshot: LabSnapshot;
  readonly events: SimEvent[] = [];
  node: NodeName;

  constructor(options: { scenario?: Scenario; setup?: Partial<WorldSetup>; seed?: number } = {}) {
    const seed = options.seed ?? 1;
    if (options.scenario) this.snapshot = startSnapshot(options.scenario, seed);
    else this.snapshot = initialSnapshot(createWorld({ ...DEFAULT_SETUP, ...options.setup, seed }));
    this.node = this.world.consoles.active;
  }

  get world(): World { return this.snapshot.context.world; }
  get step(): string { return currentStateId(this.snapshot); }
  get lastError(): SimError | null { return this.snapshot.context.lastError; }
  get owner(): NodeName { return exchangeOwner(this.world); }

  send(event: SimEvent): this {
    this.events.push(event);
    this.snapshot = advance(this.snapshot, event);
    return this;
  }

  /** Lets simulated time pass until nothing is pending (bounded). */
  settle(maxMs = 10 * 60_000): this {
    for (let t = 0; t < maxMs && this.world.ops.length > 0 && this.snapshot.status === 'active'; t += 1000) this.send({ type: 'clock.tick', ms: 1000 });
    return this;
  }

  private act(event: SimEvent, settle = true): this {
    this.send(event);
    return settle ? this.settle() : this;
  }

  on(node: NodeName): this { this.node = node; return this.send({ type: 'console.switch', node }); }
  open(app: Extract<SimEvent, { type: 'app.open' }>['app']): this { return this.send({ type: 'app.open', node: this.node, app }); }
  close(app: Extract<SimEvent, { type: 'app.open' }>['app']): this { return this.send({ type: 'app.close', node: this.node, app }); }

  startClusterAdministrator(): this { return this.open('cluster-admin'); }
  selectGroup(group: GroupName = 'Exchange Cluster'): this { return this.send({ type: 'cluster.selectGroup', node: this.node, group }); }
  takeOffline(resource: string, o = { settle: true }): this { return this.act({ type: 'resource.takeOffline', resource }, o.settle); }
  bringOnline(resource: string, o = { settle: true }): this { return this.act({ type: 'resource.bringOnline', resource }, o.settle); }
  bringGroupOnline(group: GroupName = 'Exchange Cluster', o = { settle: true }): this { return this.act({ type: 'group.bringOnline', group }, o.settle); }
  takeGroupOffline(group: GroupName = 'Exchange Cluster'): this { return this.act({ type: 'group.takeOffline', group }); }
  moveGroup(group: GroupName = 'Exchange Cluster'): this { return this.act({ type: 'group.move', group }); }
  initiateFailure(resource: string): this { return this.act({ type: 'resource.initiateFailure', resource }); }
  quitClusterAdministrator(): this { return this.close('cluster-admin'); }

  startBackup(): this { return this.open('backup'); }
  loadCatalog(s = { settle: true }): this { return this.act({ type: 'backup.catalog', node: this.node }, s.settle); }
  restore(o: RestoreOptions = {}, s = { settle: true }): this {
    return this.act({
      type: 'backup.restore', node: this.node, items: o.items ?? ['Directory', 'Information Store'], destination: o.destination ?? 'EXCHVS1',
      erase: o.erase ?? true, private: o.private ?? true, public: o.public ?? true, startService: o.startService ?? false,
    }, s.settle);
  }
  abortRestore(): this { return this.send({ type: 'backup.abort', node: this.node }); }

  startService(name: string, o = { settle: true }): this { return this.act({ type: 'service.start', node: this.node, service: toService(name) }, o.settle); }
  stopService(name: string, o = { withDependants: true, settle: true }): this {
    return this.act({ type: 'service.stop', node: this.node, service: toService(name), withDependants: o.withDependants }, o.settle);
  }

  recreateRipKey(service: DatabaseService): this {
    for (const e of recreateRipKeySteps(this.node, service)) this.send(e);
    return this;
  }
  deleteRipKey(service: DatabaseService): this { return this.send({ type: 'registry.deleteKey', node: this.node, path: ripPath(service) }); }
  sendTestMessage(): this { return this.act({ type: 'mail.send', node: this.node, to: 'Administrator', subject: 'Restore test', receipt: true }); }
  dismissDialogs(): this {
    for (const d of [...this.world.dialogs]) this.send({ type: 'dialog.dismiss', id: d.id });
    return this;
  }
  nodeDown(node: NodeName): this { return this.act({ type: 'node.down', node }); }
  nodeUp(node: NodeName): this { return this.act({ type: 'node.up', node }); }

  /** Runs a whole event list (a scenario solution, a recorded attempt). */
  run(events: readonly SimEvent[]): this {
    this.events.push(...events);
    this.snapshot = foldEvents(this.snapshot, events);
    return this;
  }

  expectStep(id: string): this {
    if (this.step !== id) throw new Error(`Expected the procedure at '${id}', but it is at '${this.step}'. Last error: ${this.lastError?.message ?? 'none'}`);
    return this;
  }

  // Reading the world like an administrator would.
  resource(name: string) { return this.world.cluster.resources[name]; }
  resourceState(name: string) { return this.world.cluster.resources[name].status; }
  service(name: string, node: NodeName = this.node) { return this.world.services[node][toService(name)]; }
  logEntries(log: 'System' | 'Application', node: NodeName = this.node): EventLogEntry[] { return this.world.eventLogs[node].filter((e) => e.log === log); }
  hasEvent(source: string, eventId: number, node: NodeName = this.node): EventLogEntry | undefined {
    return this.world.eventLogs[node].find((e) => e.source === source && e.eventId === eventId && e.at >= 0);
  }
  get dialogs() { return this.world.dialogs; }
  get DS() { return RES.ds; }
}

export const createLab = (options?: ConstructorParameters<typeof LabDriver>[0]) => new LabDriver(options);
