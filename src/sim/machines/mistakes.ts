import type { Incident } from '../world/types.ts';

/** Failure branches of domain.md §3 that the engine can produce. */
export type Branch = 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8' | 'F9' | 'F10' | 'F11' | 'F12' | 'F13' | 'F14' | 'F15';

/** Which failure branch an incident is the symptom of, if any. */
export function branchOf(incident: Incident): Branch | null {
  switch (incident.kind) {
    case 'restore-refused':
      switch (incident.reason) {
        case 'services-running': return 'F1';
        case 'server-unavailable': return 'F5';
        case 'virtual-server-offline':
        case 'disk-offline': return 'F15';
        default: return null;
      }
    case 'restore-aborted':
      return 'F10';
    case 'database-start-failed':
      switch (incident.cause) {
        case 'missing-log':
          if (incident.via === 'scm') return 'F9';
          // The cluster retrying (restart policy, failover) repeats a failure already classified.
          if (incident.trigger === 'restart' || incident.trigger === 'failover') return null;
          if (incident.trigger === 'group') return 'F4';
          return incident.service === 'MSExchangeDS' ? 'F2' : incident.service === 'MSExchangeIS' ? 'F3' : null;
        case 'rip-malformed':
          return 'F9';
        case 'patch-mismatch':
          return 'F8';
        case 'stray-logs':
          return 'F6';
        case 'partial-store':
          return 'F7';
        case 'files-missing':
          return 'F10';
        case 'org-mismatch':
          return 'F11';
        case 'no-disk':
          return 'F13';
        case 'disk-offline':
          return 'F15';
        default:
          return null;
      }
    case 'rip-key-deleted':
      // Q161584, Q175116: with files missing, deleting the key (then restoring again) is the recovery.
      return incident.beforeRecovery && !incident.filesMissing ? 'F9' : null;
    case 'external-stop':
      return 'F12';
    case 'group-failover':
      // A failover after a failed start is the consequence of a mistake already classified.
      return incident.cause === 'node-down' ? 'F12' : null;
    case 'move-refused':
      return 'F14';
    case 'logs-skipped':
      return 'F9';
    default:
      return null;
  }
}

/** Cluster reactions (F12) are only news while the trainee is on the main line. */
const CLUSTER_REACTIONS: Branch[] = ['F12'];

/** The branch the newest incidents point at; F11 wins because nothing else matters after it. */
export function pendingBranch(incidents: Incident[], includeClusterReactions: boolean): Branch | null {
  const branches = incidents.map(branchOf).filter((b): b is Branch => b !== null && (includeClusterReactions || !CLUSTER_REACTIONS.includes(b)));
  if (branches.includes('F11')) return 'F11';
  return branches[0] ?? null;
}
