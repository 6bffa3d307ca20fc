/** Names of the simulated installation (domain.md §7, §8). */
export const NODES = ['NODE1', 'NODE2'] as const;
export type NodeName = (typeof NODES)[number];

export const CLUSTER_NAME = 'CLUSTER1';
export const VIRTUAL_SERVER = 'EXCHVS1';
/** Domain §8 [R]: the account every Exchange service logs on as. */
export const SERVICE_ACCOUNT = 'CORP\\ExchService';
export const EXCHANGE_GROUP = 'Exchange Cluster';
export const CLUSTER_GROUP = 'Cluster Group';
export type GroupName = typeof EXCHANGE_GROUP | typeof CLUSTER_GROUP;

export const EXCHANGE_SERVICES = [
  'MSExchangeSA',
  'MSExchangeDS',
  'MSExchangeIS',
  'MSExchangeMTA',
  'MSExchangeES',
  'MSExchangeIMC',
] as const;
export type ExchangeService = (typeof EXCHANGE_SERVICES)[number];
export type DatabaseService = 'MSExchangeDS' | 'MSExchangeIS';

export const SERVICE_DISPLAY: Record<ExchangeService, string> = {
  MSExchangeSA: 'Microsoft Exchange System Attendant',
  MSExchangeDS: 'Microsoft Exchange Directory',
  MSExchangeIS: 'Microsoft Exchange Information Store',
  MSExchangeMTA: 'Microsoft Exchange Message Transfer Agent',
  MSExchangeES: 'Microsoft Exchange Event Service',
  MSExchangeIMC: 'Microsoft Exchange Internet Mail Service',
};

/** SCM dependencies (Q143380, Q160572, Q260698). */
export const SERVICE_DEPENDS_ON: Record<ExchangeService, ExchangeService[]> = {
  MSExchangeSA: [],
  MSExchangeDS: ['MSExchangeSA'],
  MSExchangeIS: ['MSExchangeDS'],
  MSExchangeMTA: ['MSExchangeDS'],
  MSExchangeES: ['MSExchangeIS'],
  MSExchangeIMC: ['MSExchangeIS', 'MSExchangeMTA'],
};

export const RES = {
  ip: 'Exchange IP Address',
  networkName: 'Exchange Network Name',
  disk: 'Disk E:',
  sa: 'Microsoft Exchange System Attendant',
  ds: 'Microsoft Exchange Directory',
  is: 'Microsoft Exchange Information Store',
  mta: 'Microsoft Exchange Message Transfer Agent',
  es: 'Microsoft Exchange Event Service',
  imc: 'Microsoft Exchange Internet Mail Service',
  clusterIp: 'Cluster IP Address',
  clusterName: 'Cluster Name',
  quorum: 'Disk Q:',
} as const;

export const BACKUP_ITEMS = ['Directory', 'Information Store'] as const;
export type BackupItem = (typeof BACKUP_ITEMS)[number];
/** NT Backup's Destination Server list: the virtual server and both nodes (any name may be typed). */
export const DESTINATION_SERVERS: readonly string[] = [VIRTUAL_SERVER, ...NODES];
export const ITEM_SERVICE: Record<BackupItem, DatabaseService> = {
  Directory: 'MSExchangeDS',
  'Information Store': 'MSExchangeIS',
};

export const RIP_KEY = 'Restore in Progress';
export const SERVICES_PATH = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services';
export const servicePath = (service: string) => `${SERVICES_PATH}\\${service}`;
export const ripPath = (service: DatabaseService) => `${servicePath(service)}\\${RIP_KEY}`;

/** Programs the trainee can open on a node's console. */
export const APPS = [
  'cluster-admin',
  'backup',
  'services',
  'event-viewer',
  'registry-editor',
  'inbox',
  'control-panel',
  'command-prompt',
  /** Regedit.exe, the Windows 95-style editor; 'registry-editor' is Regedt32. */
  'regedit',
] as const;
export type AppId = (typeof APPS)[number];

export const ORGANIZATION = 'ExampleCorp';
export const SITE = 'HQ';
/** 20 August 1999 09:00 local time, the morning after the tape's backup (domain §8). */
export const SCENARIO_EPOCH = Date.UTC(1999, 7, 20, 9, 0, 0);
