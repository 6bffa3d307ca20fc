import type { BackupSet, RestoreOptions } from '../world/types.ts';

/** One file NT Backup writes back to the shared disk. */
export interface RestoreFile {
  path: string;
  bytes: number;
}

const DSADATA = 'E:\\exchsrvr\\DSADATA';
const MDBDATA = 'E:\\exchsrvr\\MDBDATA';
/** ESE97 log files are always 5 MB; an empty .pat file is 8 KB (Q200941). */
export const LOG_BYTES = 5_242_880;
const PAT_BYTES = 8_192;
const hex = (n: number) => n.toString(16).toUpperCase().padStart(5, '0');

/** What of the set a restore needs: its log generations and the sizes of its databases. */
export type SetContents = Pick<BackupSet, 'logRange' | 'databaseBytes'>;

/**
 * The files a restore job writes, in order: database, then the log generations from tape, then
 * the patch files (Q200941, Q296229), with the sizes the set records. Private/Public only matter
 * for the Information Store. Pure.
 */
export function restoreFiles(options: Pick<RestoreOptions, 'items' | 'private' | 'public'>, set: SetContents): RestoreFile[] {
  const [low, high] = set.logRange;
  const logs = (folder: string) => {
    const out: RestoreFile[] = [];
    for (let g = low; g <= high; g++) out.push({ path: `${folder}\\EDB${hex(g)}.LOG`, bytes: LOG_BYTES });
    return out;
  };
  const db = set.databaseBytes;
  const files: RestoreFile[] = [];
  if (options.items.includes('Directory')) {
    files.push({ path: `${DSADATA}\\DIR.EDB`, bytes: db.directory }, ...logs(DSADATA), { path: `${DSADATA}\\DIR.PAT`, bytes: PAT_BYTES });
  }
  if (options.items.includes('Information Store')) {
    if (options.private) files.push({ path: `${MDBDATA}\\PRIV.EDB`, bytes: db.private });
    if (options.public) files.push({ path: `${MDBDATA}\\PUB.EDB`, bytes: db.public });
    files.push(...logs(MDBDATA));
    if (options.private) files.push({ path: `${MDBDATA}\\PRIV.PAT`, bytes: PAT_BYTES });
    if (options.public) files.push({ path: `${MDBDATA}\\PUB.PAT`, bytes: PAT_BYTES });
  }
  return files;
}

/** Bytes a restore job reads from tape and writes to disk. Pure. */
export const restoreBytes = (options: Pick<RestoreOptions, 'items' | 'private' | 'public'>, set: SetContents): number =>
  restoreFiles(options, set).reduce((sum, f) => sum + f.bytes, 0);
