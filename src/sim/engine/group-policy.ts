import type { GroupName } from '../world/names.ts';
import type { FailbackPolicy } from '../world/types.ts';
import type { Draft } from './draft.ts';
import { simError, type SimError } from './result.ts';

/** Group Properties > Failover and Failback (Q197047): the values the cluster's failure policy reads. */

export interface GroupPolicy {
  failoverThreshold: number;
  failoverPeriodHours: number;
  failback: FailbackPolicy;
}

/** Ranges Cluster Administrator's fields accept [I: FailoverPeriod's 1–1193 hours, as later MSCS documents it]. */
export const POLICY_RANGES = {
  failoverThreshold: [0, 4294967295],
  failoverPeriodHours: [1, 1193],
  failbackHour: [0, 23],
} as const;

const inRange = (v: number, [lo, hi]: readonly [number, number]) => Number.isInteger(v) && v >= lo && v <= hi;
/** MFC's dialog-data validation box, which Cluster Administrator's property pages use. */
const rangeText = ([lo, hi]: readonly [number, number]) => `Please enter an integer between ${lo} and ${hi}.`;

/** The message Cluster Administrator shows for an out-of-range value, or null when the policy is acceptable. Pure. */
export function policyProblem(p: GroupPolicy): string | null {
  if (!inRange(p.failoverThreshold, POLICY_RANGES.failoverThreshold)) return rangeText(POLICY_RANGES.failoverThreshold);
  if (!inRange(p.failoverPeriodHours, POLICY_RANGES.failoverPeriodHours)) return rangeText(POLICY_RANGES.failoverPeriodHours);
  if (p.failback.window && !p.failback.window.every((h) => inRange(h, POLICY_RANGES.failbackHour))) return rangeText(POLICY_RANGES.failbackHour);
  return null;
}

/** Group Properties OK/Apply: stores the failover and failback policy the engine then honours. */
export function setGroupPolicy(d: Draft, group: GroupName, p: GroupPolicy): SimError | null {
  const g = d.w.cluster.groups[group];
  if (!g) return simError('unknown-group', `The group '${group}' does not exist.`);
  const problem = policyProblem(p);
  if (problem) return simError('invalid-argument', problem);
  g.failoverThreshold = p.failoverThreshold;
  g.failoverPeriodHours = p.failoverPeriodHours;
  g.failback = { allow: p.failback.allow, window: p.failback.allow && p.failback.window ? [p.failback.window[0], p.failback.window[1]] : null };
  return null;
}

/** Hour of the simulated day (the scenario epoch is 9:00 AM). */
export const hourOfDay = (clock: number) => Math.floor(9 + clock / 3600_000) % 24;

/** Q197047: may the group fail back now? Only if allowed, and within the window if one is set (it may wrap midnight). */
export function failbackAllowedNow(p: FailbackPolicy, clock: number): boolean {
  if (!p.allow) return false;
  if (!p.window) return true;
  const [from, to] = p.window;
  const h = hourOfDay(clock);
  return from <= to ? h >= from && h < to : h >= from || h < to;
}
