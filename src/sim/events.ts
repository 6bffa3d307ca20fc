import type { AppId, BackupItem, DatabaseService, ExchangeService, GroupName, NodeName } from './world/names.ts';
import type { RegData, RegType } from './world/types.ts';

/** Instructor faults (issue: node down, resource failure, RIP key deleted, tape catalog missing). */
export type Fault =
  | { kind: 'node-down'; node: NodeName }
  | { kind: 'resource-failure'; resource: string }
  | { kind: 'rip-key-deleted'; node: NodeName; service: DatabaseService }
  | { kind: 'tape-uncataloged' }
  | { kind: 'org-mismatch' };

/** Everything that can happen to the world. Events are `area.verb` with typed payloads. */
export type SimEvent =
  | { type: 'app.open'; node: NodeName; app: AppId }
  | { type: 'app.close'; node: NodeName; app: AppId }
  | { type: 'console.switch'; node: NodeName }
  | { type: 'cluster.selectGroup'; node: NodeName; group: GroupName }
  | { type: 'resource.takeOffline'; resource: string }
  | { type: 'resource.bringOnline'; resource: string }
  | { type: 'resource.initiateFailure'; resource: string }
  | { type: 'group.takeOffline'; group: GroupName }
  | { type: 'group.bringOnline'; group: GroupName }
  | { type: 'group.move'; group: GroupName }
  | { type: 'service.start'; node: NodeName; service: ExchangeService; /** The program that asked (its error box goes there); Services when absent. */ app?: AppId }
  | { type: 'service.stop'; node: NodeName; service: ExchangeService; withDependants?: boolean }
  | { type: 'service.pause'; node: NodeName; service: ExchangeService }
  | { type: 'service.continue'; node: NodeName; service: ExchangeService }
  | { type: 'backup.catalog'; node: NodeName }
  | {
      type: 'backup.restore';
      node: NodeName;
      items: BackupItem[];
      destination: string;
      erase: boolean;
      private: boolean;
      public: boolean;
      startService: boolean;
    }
  | { type: 'backup.abort'; node: NodeName }
  | { type: 'registry.addKey'; node: NodeName; path: string; name: string }
  | { type: 'registry.setValue'; node: NodeName; path: string; name: string; valueType: RegType; data: RegData }
  | { type: 'registry.deleteKey'; node: NodeName; path: string }
  | { type: 'registry.deleteValue'; node: NodeName; path: string; name: string }
  | { type: 'mail.send'; node: NodeName; to: string; subject: string; receipt: boolean }
  | { type: 'dialog.dismiss'; id: number }
  | { type: 'node.down'; node: NodeName }
  | { type: 'node.up'; node: NodeName }
  | { type: 'fault.inject'; fault: Fault }
  /** `skip`: the trainee skipped ahead to the next change rather than waiting (recorded as such). */
  | { type: 'clock.tick'; ms: number; skip?: boolean }
  | { type: 'attempt.abandon'; reason: string };

export type SimEventType = SimEvent['type'];
export type EventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;
