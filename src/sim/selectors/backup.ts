import { engineAccepts } from '../engine/apply.ts';
import { stepDuration } from '../engine/durations.ts';
import { RES, type NodeName } from '../world/names.ts';
import type { OperationStep, RestoreOptions, RestoreRecord, World } from '../world/types.ts';

/** How far one NT Backup restore job has got, as the Restore Status window shows it. */
export interface RestoreProgress {
  index: number;
  node: NodeName;
  status: RestoreRecord['status'];
  options: RestoreOptions;
  /** Simulated ms the whole job takes. */
  durationMs: number;
  /** Simulated ms done; null once an abort removed the job (the world no longer says how far it got). */
  elapsedMs: number | null;
  /** 0–100, whole; null when `elapsedMs` is. */
  percent: number | null;
  /** World clock when the job began; known only while it runs (clock minus elapsed). */
  startedAt: number | null;
}

const restoreStep = (w: World, index: number): OperationStep => ({ kind: 'restore', node: w.backup.restores[index].node, record: index });

/**
 * Progress of restore record `index` (default: the last one), from the running operation's
 * `remaining` against the step's duration. Pure; null when there is no such record.
 */
export function restoreProgress(w: World, index = w.backup.restores.length - 1): RestoreProgress | null {
  const record = w.backup.restores[index];
  if (!record) return null;
  const durationMs = stepDuration(w, restoreStep(w, index));
  let elapsedMs: number | null;
  if (record.status === 'completed') elapsedMs = durationMs;
  else if (record.status === 'refused') elapsedMs = 0;
  else if (record.status === 'aborted') elapsedMs = null;
  else {
    const op = w.ops.find((o) => o.steps[0]?.kind === 'restore' && o.steps[0].record === index);
    elapsedMs = op ? Math.min(durationMs, Math.max(0, durationMs - op.remaining)) : 0;
  }
  const percent = elapsedMs === null ? null : Math.floor((elapsedMs / durationMs) * 100);
  const startedAt = record.status === 'running' && elapsedMs !== null ? w.clock - elapsedMs : null;
  return { index, node: record.node, status: record.status, options: record.options, durationMs, elapsedMs, percent, startedAt };
}

/** Index of the restore running on `node`'s console, or -1. Pure. */
export function runningRestoreOn(w: World, node: NodeName): number {
  return w.backup.restores.findIndex((r) => r.status === 'running' && r.node === node);
}

/** Restore Status's Abort button: whether the engine would abort a restore on `node` now. Pure. */
export const canAbortRestore = (w: World, node: NodeName): boolean => engineAccepts(w, { type: 'backup.abort', node });

export { restoreFiles, type RestoreFile } from '../engine/restore-files.ts';
import type { RestoreFile } from '../engine/restore-files.ts';

/** The Restore Status counters after `fraction` (0–1) of the job's bytes. */
export interface RestoreCounters {
  directories: number;
  files: number;
  bytes: number;
  /** The file being written, or null before the first and after the last. */
  current: string | null;
}

/** Counters for a job `fraction` done: whole files finished, folders entered, bytes written. Pure. */
export function restoreCounters(files: RestoreFile[], fraction: number): RestoreCounters {
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const bytes = Math.round(Math.min(1, Math.max(0, fraction)) * total);
  let start = 0;
  let done = 0;
  let current: string | null = null;
  const folders = new Set<string>();
  for (const f of files) {
    if (start >= bytes && bytes < total) break;
    folders.add(f.path.slice(0, f.path.lastIndexOf('\\')));
    if (start + f.bytes <= bytes) done++;
    else current = f.path;
    start += f.bytes;
  }
  return { directories: folders.size, files: done, bytes, current };
}

/**
 * Shared-disk drive letters `node` has mounted: a cluster disk is visible only on the node that
 * owns its group, and only while the Physical Disk resource is online. Pure.
 */
export function sharedDrivesOn(w: World, node: NodeName): ('E:' | 'Q:')[] {
  const mounted = (resource: string, letter: 'E:' | 'Q:') => {
    const r = w.cluster.resources[resource];
    return r && r.status === 'Online' && w.cluster.groups[r.group].owner === node ? [letter] : [];
  };
  return [...mounted(RES.disk, 'E:'), ...mounted(RES.quorum, 'Q:')];
}
