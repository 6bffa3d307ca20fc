import { VIRTUAL_SERVER, type DatabaseService, type NodeName } from '../world/names.ts';
import type { SoftRecoveryResult, World } from '../world/types.ts';
import { lookupVar } from './environment.ts';
import { say, type Job, type JobInput, type Reply, type Shell } from './types.ts';

/**
 * isinteg.exe and eseutil.exe from C:\exchsrvr\bin. What they do to the database is the engine's
 * `database.softRecovery` (Q231299); what they print follows the engine's result. All banners and
 * progress lines are [reconstructed text]; the JET_errKeyDuplicate lines are Q178311's.
 */
const ISINTEG_BANNER = 'Microsoft(R) Exchange Server Information Store Integrity Checker\nCopyright (C) Microsoft Corp 1986-1998. All rights reserved.\n\n';
const ESEUTIL_BANNER = 'Microsoft(R) Windows NT(TM) Server Database Utilities\nVersion 5.5\nCopyright (C) Microsoft Corporation 1991-1998. All Rights Reserved.\n\n';
const ISINTEG_USAGE = `${ISINTEG_BANNER}Usage: isinteg -?\n       isinteg -pri | -pub [-fix] [-verbose] [-l logfilename] [-test testname,...]\n       isinteg -patch\n\n`;
const ESEUTIL_USAGE = `${ESEUTIL_BANNER}Usage: ESEUTIL /R [options]     (recovery)\n       options: /IS | /DS\n\n`;
const FOLDER: Record<DatabaseService, string> = { MSExchangeDS: 'E:\\exchsrvr\\DSADATA', MSExchangeIS: 'E:\\exchsrvr\\MDBDATA' };

/** Q178311 / Q280770: isinteg on a cluster finds the virtual server only through this exact variable. */
const clusterNameSet = (shell: Shell) => lookupVar(shell, '_CLUSTER_NETWORK_NAME_')?.toUpperCase() === VIRTUAL_SERVER;

const softRecovery = (w: World, node: NodeName, service: DatabaseService, tool: 'isinteg' | 'eseutil', keyDuplicate: boolean, banner: string): Reply =>
  say(banner, {
    send: { type: 'database.softRecovery', node, service, tool },
    job: { kind: 'soft-recovery', tool, incidentsBefore: w.incidents.length, keyDuplicate },
  });

export function isintegCommand(shell: Shell, w: World, args: string[]): Reply {
  if (args.length !== 1 || args[0].toLowerCase() !== '-patch') return say(ISINTEG_USAGE);
  // Q280770: with the trailing underscore left off, isinteg seems to complete, yet it did not patch for the virtual server.
  const keyDuplicate = !clusterNameSet(shell) && lookupVar(shell, '_CLUSTER_NETWORK_NAME') === undefined;
  return softRecovery(w, shell.node, 'MSExchangeIS', 'isinteg', keyDuplicate, ISINTEG_BANNER);
}

export function eseutilCommand(shell: Shell, w: World, args: string[]): Reply {
  const lower = args.map((a) => a.toLowerCase().replace(/^-/, '/'));
  const db = lower.includes('/is') ? 'MSExchangeIS' : lower.includes('/ds') ? 'MSExchangeDS' : null;
  if (!lower.includes('/r') || !db) return say(ESEUTIL_USAGE);
  return softRecovery(w, shell.node, db, 'eseutil', false, ESEUTIL_BANNER);
}

const JET: Record<Exclude<SoftRecoveryResult, 'recovered' | 'clean'>, string> = {
  'missing-log': '-528 (JET_errMissingLogFile, Current log file missing)',
  'in-use': '-1032 (JET_errFileAccessDenied, Cannot access file, the file is locked or in use)',
  'no-disk': '-1811 (JET_errFileNotFound, File not found)',
};

export function resumeSoftRecovery(job: Extract<Job, { kind: 'soft-recovery' }>, w: World, input: JobInput): Reply {
  if (input.kind !== 'sent') return say('');
  if (input.error) return say(`${input.error.message}\n\n`);
  const found = w.incidents.slice(job.incidentsBefore).find((i) => i.kind === 'soft-recovery');
  if (!found || found.kind !== 'soft-recovery') return say('\n');
  const { result, service } = found;
  if (job.tool === 'eseutil') {
    const head = `Initiating RECOVERY mode...\n    Logfile base name: edb\n            Log files: ${FOLDER[service]}\n         System files: ${FOLDER[service]}\n\n`;
    return say(result === 'recovered' || result === 'clean'
      ? `${head}Operation completed successfully in 4.16 seconds.\n\n`
      : `${head}Operation terminated with error ${JET[result]} after 0.85 seconds.\n\n`);
  }
  if (result !== 'recovered' && result !== 'clean') return say(`Error ${JET[result]} opening the information store.\nISINTEG -PATCH did not complete.\n\n`);
  // Q178311: without _CLUSTER_NETWORK_NAME_ the new GUIDs cannot be written under the virtual server's name.
  if (job.keyDuplicate) return say('Patching the information store...\n\nThe private store could not be updated\nReason: JET_errKeyDuplicate\n\n');
  return say('Patching the information store...\nPrivate information store patched.\nPublic information store patched.\n\nISINTEG -PATCH completed successfully.\n\n');
}
