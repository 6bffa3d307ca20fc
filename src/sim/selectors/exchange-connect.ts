import { RPC_UNAVAILABLE } from '../engine/backup.ts';
import { BACKUP_ITEMS, RES, SITE, VIRTUAL_SERVER, type BackupItem } from '../world/names.ts';
import type { World } from '../world/types.ts';

/** What NT Backup's Microsoft Exchange window shows once connected [R tree layout]. */
export interface ExchangeServerView {
  server: string;
  org: string;
  site: string;
  items: readonly BackupItem[];
}

export type ExchangeConnect = { ok: true; view: ExchangeServerView } | { ok: false; text: string };

// [R] message form; the RPC text is the one NT Backup's restore gets on the same path (F5, F15).
const cannotConnect = (server: string) => `Unable to connect to the Microsoft Exchange Server computer ${server}.\n\n${RPC_UNAVAILABLE}`;

/**
 * Operations > Microsoft Exchange > Connect (Q146306): whether NT Backup on any node reaches the
 * Exchange services on `name`. Exchange on a cluster answers RPC only on the virtual server's name
 * and address (Q314588), so a node name, the cluster name or an unknown name gets the RPC error,
 * and so does EXCHVS1 while its Network Name or IP Address is not online. Pure.
 */
export function connectExchange(w: World, name: string): ExchangeConnect {
  const server = name.trim().replace(/^\\+/, '').toUpperCase();
  if (!server) return { ok: false, text: 'Enter the name of a Microsoft Exchange Server computer.' };
  const res = w.cluster.resources;
  const reachable = server === VIRTUAL_SERVER && res[RES.networkName].status === 'Online' && res[RES.ip].status === 'Online';
  if (!reachable) return { ok: false, text: cannotConnect(server) };
  return { ok: true, view: { server, org: w.installedOrg, site: SITE, items: BACKUP_ITEMS } };
}
