import type { AppId, BackupItem, DatabaseService, ExchangeService, GroupName, NodeName } from './names.ts';

/** The whole simulated installation. Plain JSON: no classes, functions, Dates or Maps. */
export interface World {
  /** Simulated milliseconds since the scenario epoch. */
  clock: number;
  /** Count of events applied; stamps incidents and log entries. */
  seq: number;
  rng: number;
  cluster: ClusterState;
  services: Record<NodeName, Record<ExchangeService, ServiceState>>;
  registry: Record<NodeName, RegKey>;
  disk: DiskState;
  tape: TapeState;
  eventLogs: Record<NodeName, EventLogEntry[]>;
  consoles: ConsoleState;
  mail: MailState;
  backup: BackupState;
  /** Things that went wrong, in order. The procedure machine classifies mistakes from these. */
  incidents: Incident[];
  /** Where each Restore in Progress key came from (for invariants and scoring). */
  ripLedger: RipLedgerEntry[];
  ops: Operation[];
  dialogs: Dialog[];
  /** Registry checkpoints on the quorum disk (Q174070): resource → checkpointed path → saved subtree. */
  checkpoints: Record<string, Record<string, RegKey>>;
  /** The installed Exchange organisation; differs from the tape's in the F11 scenario. */
  installedOrg: string;
  nextId: number;
}

/** Paused: the node keeps running its groups but takes no new ones (Pause Node in Cluster Administrator). */
export type NodeStatus = 'Up' | 'Down' | 'Joining' | 'Paused';
export type ResourceStatus = 'Online' | 'Offline' | 'Failed' | 'Online Pending' | 'Offline Pending';
export type ResourceType = 'IP Address' | 'Network Name' | 'Physical Disk' | 'Generic Service';
export type GroupStatus = 'Online' | 'Offline' | 'Failed' | 'Partial Online' | 'Pending';

export interface ClusterState {
  name: string;
  nodes: Record<NodeName, { status: NodeStatus }>;
  groups: Record<GroupName, GroupState>;
  resources: Record<string, ResourceState>;
  /** Q174794: the networks for internal cluster communications, highest priority first (Cluster Properties > Network Priority). */
  networkPriority: string[];
}

export interface GroupState {
  name: GroupName;
  owner: NodeName;
  preferredOwners: NodeName[];
  /** Q197047: the cluster fails the group over at most this many times within the period, then leaves it failed. */
  failoverThreshold: number;
  failoverPeriodHours: number;
  /** Clock times of the failovers the cluster made after resource failures (the threshold counts those in the period). */
  failoverTimes: number[];
  failback: FailbackPolicy;
}

/** Group Properties > Failback: prevent (the default), or allow immediately or between two hours of the day. */
export interface FailbackPolicy {
  allow: boolean;
  /** Hours of the day [start, end); null means Immediately. */
  window: [number, number] | null;
}

export interface ResourceState {
  name: string;
  type: ResourceType;
  group: GroupName;
  status: ResourceStatus;
  description: string;
  dependencies: string[];
  possibleOwners: NodeName[];
  restartAction: 'Restart' | 'Do not restart';
  affectTheGroup: boolean;
  restartThreshold: number;
  restartPeriodSeconds: number;
  /** Failures since `failureWindowStart`; the restart threshold counts those within the restart period (Q260527). */
  failureCount: number;
  failureWindowStart?: number;
  /** Generic Service resources only. */
  serviceName?: ExchangeService;
  /** Registry subtrees the cluster checkpoints (Q174070), relative to HKLM. */
  registryCheckpoints: string[];
  parameters: Record<string, string>;
}

export type ServiceStatus = 'Stopped' | 'Start Pending' | 'Started' | 'Stop Pending' | 'Paused';

export interface ServiceState {
  name: ExchangeService;
  displayName: string;
  status: ServiceStatus;
  startupType: 'Automatic' | 'Manual' | 'Disabled';
  /** Who started it: the cluster resource monitor or the Service Control Manager (Control Panel). */
  controller: 'cluster' | 'scm' | null;
}

export type RegType = 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_DWORD' | 'REG_BINARY' | 'REG_MULTI_SZ';
export type RegData = string | number | number[] | string[];
export interface RegValue {
  type: RegType;
  data: RegData;
}
export interface RegKey {
  values: Record<string, RegValue>;
  keys: Record<string, RegKey>;
}

export type DatabaseCondition =
  /** Healthy and cleanly shut down. */
  | 'consistent'
  /** Scenario damage: the engine cannot open it (-1206). */
  | 'damaged'
  /** Written by an online restore: inconsistent until hard recovery replays logs and .pat files. */
  | 'restored';

export interface DatabaseFiles {
  condition: DatabaseCondition;
  /** Organisation the database belongs to (F11 compares it with the installed one). */
  org: string;
  /** Information Store only: which of Priv.edb / Pub.edb are present after the last restore. */
  privatePresent: boolean;
  publicPresent: boolean;
  patchFiles: boolean;
  /** Log generations restored from tape, e.g. [0x36, 0x3f]. */
  logRange: [number, number] | null;
  /** An old Edb.log / Edb.chk / logs left in the folder (restore without Erase All Existing Data). */
  strayLogs: boolean;
  /** The restore was halted before all files were written (F10). */
  incomplete: boolean;
  /** A soft recovery (isinteg -patch, eseutil /r) ran on the restored files without the .pat files (F8, Q231299). */
  patchMismatch: boolean;
  /** Hard recovery skipped these log generations (EDB_RstMap with the wrong old/new pair, Q262041). */
  skippedLogs?: [number, number];
}

export interface DiskState {
  /** Disk E: holds both; DSADATA for the Directory, MDBDATA for the Information Store. */
  databases: Record<DatabaseService, DatabaseFiles>;
}

export interface BackupSet {
  setNumber: number;
  name: string;
  backupType: 'Normal' | 'Copy' | 'Incremental' | 'Differential' | 'Daily';
  date: string;
  owner: string;
  description: string;
  originalServer: string;
  org: string;
  site: string;
  items: BackupItem[];
  logRange: [number, number];
  /** Bytes of each database file the set holds (its log generations are ESE97's fixed 5 MB each). */
  databaseBytes: { directory: number; private: number; public: number };
}

/** The tape drive on the cluster's shared SCSI bus (domain §8 gives no model; see initial-world). */
export interface TapeDrive {
  model: string;
  /** Sustained native read rate, bytes per second: what a restore streams at. */
  bytesPerSecond: number;
  /** Average time to locate a block on a loaded cartridge, ms: what finding the set's catalog costs. */
  accessMs: number;
}

export interface TapeState {
  name: string;
  cataloged: boolean;
  drive: TapeDrive;
  sets: BackupSet[];
}

export type EventType = 'Information' | 'Warning' | 'Error';
export type LogName = 'System' | 'Application' | 'Security';

export interface EventLogEntry {
  id: number;
  log: LogName;
  at: number;
  type: EventType;
  source: string;
  category: string;
  eventId: number;
  user: string;
  computer: NodeName;
  description: string;
  data?: string;
}

export interface ConsoleState {
  active: NodeName;
  open: Record<NodeName, AppId[]>;
  /** Group selected in Cluster Administrator's tree, per console (KB step 1). */
  selectedGroup: Record<NodeName, GroupName | null>;
}

export interface MailMessage {
  id: number;
  kind: 'message' | 'receipt';
  from: string;
  to: string;
  subject: string;
  sentAt: number;
  deliveredAt: number | null;
  /** World seq at send time, to tell a test sent after the restore from an older one. */
  sentSeq: number;
  /** Yesterday's mail only: the log generation that still holds it (not yet in the database on tape). */
  logGen?: number;
}

export interface MailState {
  outbox: MailMessage[];
  inbox: MailMessage[];
}

export interface RestoreOptions {
  items: BackupItem[];
  destination: string;
  erase: boolean;
  private: boolean;
  public: boolean;
  startService: boolean;
}

export interface RestoreRecord {
  seq: number;
  node: NodeName;
  options: RestoreOptions;
  status: 'running' | 'completed' | 'refused' | 'aborted';
  /** Seq at which it finished (completed or aborted). */
  endSeq: number | null;
}

export interface BackupState {
  restores: RestoreRecord[];
}

export type IncidentCause =
  /** No RIP key and restored files: -528 (F2, F3). */
  | 'missing-log'
  /** Old logs left behind: -530 / log gap (F6). */
  | 'stray-logs'
  /** Only Private or only Public restored (F7). */
  | 'partial-store'
  /** RIP key present but malformed (F9). */
  | 'rip-malformed'
  /** Restore halted: files missing (F10). */
  | 'files-missing'
  /** Organisation / site mismatch (F11). */
  | 'org-mismatch'
  /** Started on a node that does not own the disk (F13). */
  | 'no-disk'
  /** Started on the owner while the group's shared disk is offline (F15). */
  | 'disk-offline'
  /** Scenario damage, before any restore. */
  | 'damaged'
  /** A dependency failed to start. */
  | 'dependency'
  /** Hard recovery found a database soft-recovered without its patch files: -552 (F8). */
  | 'patch-mismatch';

export type Incident =
  | {
      kind: 'database-start-failed';
      seq: number;
      node: NodeName;
      service: DatabaseService | ExchangeService;
      cause: IncidentCause;
      via: 'cluster' | 'scm';
      /** For cluster starts: what the trainee brought online. */
      trigger: 'resource' | 'group' | 'restart' | 'failover' | 'scm';
    }
  | { kind: 'restore-refused'; seq: number; node: NodeName; reason: 'services-running' | 'server-unavailable' | 'virtual-server-offline' | 'disk-offline' | 'no-catalog' | 'no-items' }
  | { kind: 'restore-aborted'; seq: number; node: NodeName }
  | { kind: 'external-stop'; seq: number; node: NodeName; resource: string }
  | { kind: 'resource-failed'; seq: number; node: NodeName; resource: string }
  | { kind: 'group-failover'; seq: number; from: NodeName; to: NodeName; cause: 'node-down' | 'resource-failure' }
  | { kind: 'move-refused'; seq: number; reason: 'no-node' }
  /** Hard recovery replayed nothing into the database (wrong EDB_RstMap pair): silent on screen (Q262041). */
  | { kind: 'logs-skipped'; seq: number; node: NodeName; service: DatabaseService }
  | {
      kind: 'rip-key-deleted'; seq: number; node: NodeName; service: DatabaseService; beforeRecovery: boolean;
      /** The files the key names are not all on disk (halted restore, bad tape): Q161584/Q175116 prescribe deleting it. */
      filesMissing?: boolean;
    }
  /** isinteg -patch / eseutil /r ran: what the offline tool found (the console prints it). */
  | { kind: 'soft-recovery'; seq: number; node: NodeName; service: DatabaseService; tool: 'isinteg' | 'eseutil'; result: SoftRecoveryResult };

/** `recovered`: logs replayed, .pat ignored (F8); `missing-log`: no Edb.log, nothing changed (Q231299); `clean`: nothing to recover. */
export type SoftRecoveryResult = 'recovered' | 'missing-log' | 'in-use' | 'no-disk' | 'clean';

export interface RipLedgerEntry {
  node: NodeName;
  service: DatabaseService;
  by: 'restore' | 'hand' | 'checkpoint';
  seq: number;
}

export type OperationStep =
  | { kind: 'resource-online'; resource: string; trigger: 'resource' | 'group' | 'restart' | 'failover' }
  | { kind: 'resource-offline'; resource: string }
  | { kind: 'service-start'; node: NodeName; service: ExchangeService; requested: ExchangeService; app: AppId }
  | { kind: 'service-stop'; node: NodeName; service: ExchangeService }
  | { kind: 'restore'; node: NodeName; record: number }
  | { kind: 'catalog'; node: NodeName }
  | { kind: 'detect-failure'; resource: string }
  | { kind: 'change-owner'; group: GroupName; to: NodeName; reason: 'move' | 'failover'; bring: string[] }
  | { kind: 'node-join'; node: NodeName }
  | { kind: 'deliver-mail' };

export interface Operation {
  id: number;
  steps: OperationStep[];
  /** Milliseconds left in steps[0]. */
  remaining: number;
}

export type DialogIcon = 'information' | 'warning' | 'error' | 'question';
export interface Dialog {
  id: number;
  node: NodeName;
  app: AppId | 'system';
  title: string;
  text: string;
  icon: DialogIcon;
}
