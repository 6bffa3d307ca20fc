import type { SimError } from '../engine/result.ts';
import type { SimEvent } from '../events.ts';
import type { ExchangeService, NodeName } from '../world/names.ts';

/** One cmd.exe session on a node's console: where it is and what `set` added. */
export interface Shell {
  node: NodeName;
  /** Current directory, e.g. `C:\`. */
  cwd: string;
  /** Variables set in this session (`set NAME=value`); they hide the node's defaults of the same name. */
  vars: Record<string, string>;
}

/**
 * What a command still has to do after its first reply. Plain data: the console keeps it and
 * hands it back to `resume` with the engine's answer to the event it sent, with each change of
 * the world while it waits, or with the line the trainee typed at a question.
 */
export type Job =
  /** cluster.exe: print the status table (or the error) once the engine answered. */
  | { kind: 'cluster-report'; table: 'group' | 'resource'; name: string; heading: string }
  /** A GUI program started by name: silent unless the engine refused. */
  | { kind: 'launch'; program: string }
  /** A message the engine raised for the console was read; nothing left to do. */
  | { kind: 'done' }
  | { kind: 'net-start'; node: NodeName; service: ExchangeService; phase: 'sent' | 'waiting'; dialogsBefore: number; lastDotAt: number }
  | { kind: 'net-stop-ask'; node: NodeName; service: ExchangeService; dependants: ExchangeService[] }
  | { kind: 'net-stop'; node: NodeName; chain: ExchangeService[]; index: number; phase: 'sent' | 'waiting'; lastDotAt: number }
  | { kind: 'soft-recovery'; tool: 'isinteg' | 'eseutil'; incidentsBefore: number; keyDuplicate: boolean };

export type JobInput = { kind: 'sent'; error: SimError | null } | { kind: 'world' } | { kind: 'answer'; text: string };

/**
 * The console's next move. Print `text` (may be empty; `\n` ends a line; no trailing newline means
 * the next text continues the line). If `send` is set, send it to the lab and resume `job` with the
 * engine's answer. Otherwise `job` (if any) waits for the world, or for a typed answer when `ask`.
 */
export interface Reply {
  text: string;
  send?: SimEvent;
  job?: Job;
  ask?: boolean;
  shell?: Shell;
  clear?: boolean;
  exit?: boolean;
}

export const say = (text: string, more: Omit<Reply, 'text'> = {}): Reply => ({ text, ...more });
