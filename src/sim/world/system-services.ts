/**
 * Windows NT 4.0 Server (Enterprise Edition, MSCS 1.0) services beside Exchange [R list].
 * Static scenery: always Started / Automatic, not controllable in the lab.
 */
export interface SystemService {
  id: string;
  displayName: string;
  status: 'Started';
  startup: 'Automatic';
}

const started = (id: string, displayName: string): SystemService => ({ id, displayName, status: 'Started', startup: 'Automatic' });

export const SYSTEM_SERVICES: readonly SystemService[] = [
  started('Alerter', 'Alerter'),
  started('ClusSvc', 'Cluster Server'),
  started('Browser', 'Computer Browser'),
  started('EventLog', 'EventLog'),
  started('Messenger', 'Messenger'),
  started('Netlogon', 'Net Logon'),
  started('RpcSs', 'Remote Procedure Call (RPC) Service'),
  started('LanmanServer', 'Server'),
  started('Spooler', 'Spooler'),
  started('LanmanWorkstation', 'Workstation'),
];
