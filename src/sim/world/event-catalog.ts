import type { EventLogEntry } from './types.ts';

/** An event-log entry before the engine stamps id, time and computer. */
export type EventTemplate = Omit<EventLogEntry, 'id' | 'at' | 'computer'>;

const app = (source: string, eventId: number, type: EventLogEntry['type'], category: string, description: string): EventTemplate => ({
  log: 'Application', source, eventId, type, category, description, user: 'N/A',
});
const sys = (source: string, eventId: number, type: EventLogEntry['type'], category: string, description: string): EventTemplate => ({
  log: 'System', source, eventId, type, category, description, user: 'N/A',
});

/** Exact texts from domain.md §5 (KB numbers beside each). [R] marks a reconstructed text. */
export const EVENTS = {
  // Q188674: the cluster could not start the generic service.
  clusGenericFailed: (resource: string) => sys('ClusSvc', 1042, 'Error', '(2050)', `Cluster generic service '${resource}' failed.`),
  // Q267548: generic "resource failed" form.
  clusResourceFailed: (resource: string) => sys('ClusSvc', 1069, 'Error', '(4)', `Cluster resource '${resource}' failed.`),
  // Q188674: bringing online a resource whose service already runs.
  clusCheckpointNotRestored: (resource: string, key: string) =>
    sys('ClusSvc', 1024, 'Error', '(64)',
      `The registry checkpoint for cluster resource ${resource} could not be restored to registry key HKEY_LOCAL_MACHINE\\${key}. The resource may not function correctly. Make sure that no other processes have open handles to registry keys in this registry subtree.`),
  // Q188674, Q238063.
  ds1002: (error: number) => app('MSExchangeDS', 1002, 'Error', 'Internal Processing',
    `The Microsoft Exchange Server database (EDB) could not be initialized and returned error ${error}. Unrecoverable error, the directory can't continue.`),
  // Q238063.
  is1120CurrentLogMissing: () => app('MSExchangeIS', 1120, 'Error', 'General',
    'Error Current log file missing initializing the Microsoft Exchange Server Information Store database.'),
  is5000: (error: string) => app('MSExchangeIS', 5000, 'Error', 'General',
    `Unable to initialize the Microsoft Exchange Information Store service. Error ${error}.`),
  // Q237739: 'XXX' in the KB; we put the NT error text there.
  ntbackup8010: (returned: string, service: string) => app('NTBackup', 8010, 'Error', 'None',
    `Microsoft Exchange services returned '${returned}' from a call to 'ControlService(STOP)' additional data '${service}'`),
  // Q161584 (0xc8000713), Q231299 (0xc8000228).
  is1080: (error: string, text: string) => app('MSExchangeIS', 1080, 'Error', 'Recovery',
    `Unable to recover the database because error ${error} occurred after a restore operation. ${text}`),
  // Q169859, Q232705: a malformed EDB_RstMap (0x00000057).
  is1081: (error: string) => app('MSExchangeIS', 1081, 'Error', 'Recovery',
    `MSExchangeIS is unable to recover the database because error ${error} occurred after a restore operation.`),
  // Q322314: the same event after a log gap reads differently (0xc8000235).
  is1081Unable: (error: string) => app('MSExchangeIS', 1081, 'Error', 'Recovery',
    `Unable to recover the database because error ${error} occurred after a restore operation.`),
  // Q322314.
  ese199Gap: (log: string) => app('ESE97', 199, 'Error', 'Logging/Recovery',
    `(210) Transaction logfile gap in sequence detected. Log file ${log} and possibly subsequent log files are missing. Restore the missing logfiles to recover from this condition.`),
  // Q181795 (c7ff0007) says "Microsoft Exchange database"; Q247769 (c8000212) says "Microsoft Exchange Server database".
  ds1196: (error: string) => app('MSExchangeDS', 1196, 'Information', 'Internal Processing',
    `Couldn't recover the restored Microsoft Exchange ${error === 'c8000212' ? 'Server ' : ''}database (EDB). Cannot continue. Error ${error}.`),
  // Q231299: the patch file does not match the database (-552).
  ese0PatchMismatch: (proc: string, pid: number) => app('ESE97', 0, 'Error', 'Logging/Recovery', `${proc} ((${pid}) ) -552`),
  // Q247769 (its example's process id was 1432; here the id of the starting process).
  ese124: (pid: number) => app('ESE97', 124, 'Error', 'Logging/Recovery', `MSExchangeDS ((${pid} ) ) Unable to read the log header. Error -530.`),
  // Q155509.
  is1088: (dbOrg: string, dirOrg: string, site: string) => app('MSExchangeIS', 1088, 'Error', 'General',
    `The information store could not be loaded because the distinguished name (DN) of the message database /O=${dbOrg} /OU=${site} /CN=RECIPIENTS /CN= does not match the DN of the directory /O=${dirOrg} /OU=${site} /CN=RECIPIENTS /CN=.`),
  // Q185577 form; builds are Exchange 5.5 SP4 (5.5.2653), domain §8.
  ese100Started: (proc: string, pid: number) => app('ESE97', 100, 'Information', 'General', `${proc} ((${pid}) ) The database engine 5.5.2653.23 started.`),
  // Q262041 forms.
  ese106Restoring: (pid: number, dir: string) => app('ESE97', 106, 'Information', 'Logging/Recovery', `(${pid}) The database engine is restoring from backup directory ${dir}.`),
  ese109Replaying: (pid: number, file: string) => app('ESE97', 109, 'Information', 'Logging/Recovery', `(${pid}) The database engine is replaying log file ${file}.`),
  ese107Stopped: (pid: number) => app('ESE97', 107, 'Information', 'Logging/Recovery', `(${pid}) The database engine has stopped restoring.`),
  // Q174695 form.
  mta9298: () => app('MSExchangeMTA', 9298, 'Information', 'X.400 Service', 'Microsoft Exchange Server MTA Service startup complete, version 5.5 (build 2653.23).'),
  // Q182082 form.
  es0: () => app('MSExchangeES', 0, 'Information', 'General', 'The Microsoft Exchange Event Service (5.5.2653.23) Started successfully.'),
  // Q175100 (type given as Information, see domain §5 note).
  is1001: () => app('MSExchangeIS Private', 1001, 'Information', 'Monitoring', 'The Microsoft Exchange Information Store has started. Service startup complete, version 5.5.'),
  // [R] no Directory "started" text was found (domain §11); plainly reconstructed.
  dsStarted: () => app('MSExchangeDS', 1000, 'Information', 'Service Control', 'Microsoft Exchange Directory startup complete. [reconstructed text: KB source not found]'),
  saStarted: () => app('MSExchangeSA', 1000, 'Information', 'General', 'Microsoft Exchange System Attendant startup complete. [reconstructed text: KB source not found]'),
  imcStarted: () => app('MSExchangeIMC', 1000, 'Information', 'Initialization/Termination', 'The Microsoft Exchange Internet Mail Service has started. [reconstructed text: KB source not found]'),
  // Q280770 form.
  scm7024: (display: string, code: number) => sys('Service Control Manager', 7024, 'Error', 'None', `The ${display} service terminated with service specific error ${code}.`),
  // Q260698.
  scm7001: (display: string, dependency: string) => sys('Service Control Manager', 7001, 'Error', 'None',
    `The ${display} service depends on the ${dependency} service which failed to start because of the following error: The dependency service or group failed to start.`),
  // [R] the standard NT 4 form for a service that stopped with a Win32 error.
  scm7023: (display: string, error: string) => sys('Service Control Manager', 7023, 'Error', 'None', `The ${display} service terminated with the following error: \r\n${error}`),
  // [R] Q247769 gives the dialog; the SCM event for a crashed service has this standard NT form.
  scm7034: (display: string) => sys('Service Control Manager', 7034, 'Error', 'None', `The ${display} service terminated unexpectedly.`),
  // [R] NT Backup begin/end events were not found (domain §11); placeholders, plainly labelled.
  ntbackupRestoreStarted: (server: string) => app('NTBackup', 8000, 'Information', 'None', `Begin restore of Microsoft Exchange data to ${server}. [reconstructed text]`),
  ntbackupRestoreCompleted: (server: string) => app('NTBackup', 8001, 'Information', 'None', `End restore of Microsoft Exchange data to ${server}. The operation completed. [reconstructed text]`),
  // [R] no NT Backup text for a restore whose target folder cannot be written was found; the Win32 text is ERROR_PATH_NOT_FOUND.
  ntbackupWriteFailed: (folder: string) => app('NTBackup', 8012, 'Error', 'None', `Unable to write to ${folder}. The system cannot find the path specified. [reconstructed text]`),
  ntbackupRestoreAborted: (server: string) => app('NTBackup', 8019, 'Warning', 'None', `The restore operation to ${server} was aborted by the operator. [reconstructed text]`),
  // [R] NT 4's SCM logs nothing for a pause or continue; the paused service says so itself.
  servicePaused: (source: string, display: string) => app(source, 1001, 'Information', 'Service Control', `The ${display} service has been paused. [reconstructed text]`),
  serviceContinued: (source: string, display: string) => app(source, 1002, 'Information', 'Service Control', `The ${display} service has continued. [reconstructed text]`),
  // [R] node membership events (ClusSvc 1000-series form).
  clusNodeDown: (node: string) => sys('ClusSvc', 1123, 'Warning', '(1)', `The node lost communication with cluster node '${node}'. [reconstructed text]`),
  clusNodeJoined: (node: string) => sys('ClusSvc', 1122, 'Information', '(1)', `The node (re)established communication with cluster node '${node}'. [reconstructed text]`),
} as const;
