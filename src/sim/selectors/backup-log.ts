import { formatEventDate, formatEventTime } from '../format.ts';
import type { BackupItem } from '../world/names.ts';
import type { BackupSet, World } from '../world/types.ts';
import { restoreCounters, restoreFiles, type RestoreProgress } from './backup.ts';

const ITEM_TITLE: Record<BackupItem, string> = {
  Directory: 'Microsoft Exchange Directory',
  'Information Store': 'Microsoft Exchange Information Store',
};

// One formatter for every count: `toLocaleString` builds a new one per call, and Restore Status
// prints a dozen counts on every tick of a running restore.
const COUNT = new Intl.NumberFormat('en-US');

/** `1,234,567`, as NT Backup prints byte counts. */
export const formatCount = (n: number) => COUNT.format(n);

/** `00:00:30`, the Restore Status window's Elapsed time. */
export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

const when = (clock: number) => `${formatEventDate(clock)} at ${formatEventTime(clock)}`;

/**
 * Backup.log's "Backup performed on <date> at <time>" (Q244408) for a set, from the date the tape
 * recorded for it (`8/19/99 11:02 PM`); null when the set records none.
 */
export function backupPerformedLine(set: Pick<BackupSet, 'date'> | undefined): string | null {
  const [date, ...time] = (set?.date ?? '').trim().split(/\s+/);
  if (!date) return null;
  return time.length ? `Backup performed on ${date} at ${time.join(' ')}` : `Backup performed on ${date}`;
}

/**
 * The Restore Status summary (and Backup.log, Q244408) for one job, line by line. It only reports
 * what the world says: the record's status, its options and the progress. `startedAt` is the world
 * clock at the start if the caller saw it (see `restoreProgress`). Pure.
 */
export function restoreSummary(w: World, p: RestoreProgress, startedAt: number | null): string[] {
  const set = w.tape.sets[0];
  const lines = [
    `Tape Name: "${w.tape.name}"`,
    `Backup Set #${set?.setNumber ?? 1} on tape #1`,
    `Backup description: "${set?.description ?? ''}"`,
    ...[backupPerformedLine(set)].filter((l) => l !== null),
    startedAt === null ? 'Restore started.' : `Restore started on ${when(startedAt)}.`,
  ];
  for (const item of p.options.items) lines.push(`Restoring ${ITEM_TITLE[item]} to \\\\${p.options.destination.trim() || '(none)'}.`);
  if (p.status === 'running') return lines;
  if (p.status === 'refused') {
    lines.push('Check the application event log for more information.', 'The operation did not complete.');
    return lines;
  }
  const elapsed = p.elapsedMs;
  if (p.status === 'aborted') {
    lines.push('The restore was aborted by the operator.', 'The operation did not complete.');
    return lines;
  }
  const c = restoreCounters(set ? restoreFiles(p.options, set) : [], 1);
  if (startedAt !== null && elapsed !== null) lines.push(`Restore completed on ${when(startedAt + elapsed)}.`);
  lines.push(
    `Restored ${c.directories} directories, ${c.files} files, ${formatCount(c.bytes)} bytes.`,
    `Processed ${formatCount(c.bytes)} bytes in ${Math.round((elapsed ?? 0) / 1000)} seconds.`,
    'The operation was successfully completed.',
  );
  return lines;
}
