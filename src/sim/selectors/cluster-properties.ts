import { RES } from '../world/names.ts';
import type { ClusterState } from '../world/types.ts';

/** What the cluster's property sheet shows (Cluster Properties: General, Quorum, Network Priority). */
export interface ClusterPropertiesView {
  name: string;
  description: string;
  /** General tab [R]: the Windows NT build the cluster's nodes run, as About Cluster Administrator gives it. */
  version: string;
  quorum: { resource: string; partition: string; rootPath: string; resetLogKb: number };
  /** Networks for internal cluster communications, highest priority first (Q174794). */
  networkPriority: string[];
}

/**
 * The quorum disk's log settings (domain §1.2, §8): checkpoints and the quorum log live in
 * Q:\MSCS (Q278464 [V]); the log is reset at 64 KB, MSCS 1.0's default [R].
 */
export const QUORUM_ROOT_PATH = '\\MSCS\\';
export const QUORUM_RESET_LOG_KB = 64;

/** The sheet's facts from the world: name, the quorum disk's drive letter, and the networks in priority order. Pure. */
export function clusterProperties(c: Pick<ClusterState, 'name' | 'resources' | 'networkPriority'>): ClusterPropertiesView {
  const quorum = c.resources[RES.quorum];
  return {
    name: c.name,
    description: '',
    version: 'Microsoft(R) Windows NT(TM) Server Version 4.0 (Build 1381: Service Pack 4)',
    quorum: { resource: quorum?.name ?? '', partition: quorum?.parameters.Disk ?? '', rootPath: QUORUM_ROOT_PATH, resetLogKb: QUORUM_RESET_LOG_KB },
    networkPriority: [...c.networkPriority],
  };
}
