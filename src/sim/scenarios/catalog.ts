import { pressureScenario, f12Scenario, f14Scenario } from './cluster-branches.ts';
import { f9SilentScenario } from './key-branches.ts';
import { f10Scenario, f15Scenario, f1Scenario, f5Scenario, f6Scenario } from './restore-branches.ts';
import { f8Scenario } from './f8-isinteg.ts';
import { standardScenario, standardSolution } from './standard.ts';
import { f11Scenario, f13Scenario, f2Scenario, f3Scenario } from './start-branches.ts';
import type { Scenario } from './types.ts';

export const standardNode2Scenario: Scenario = {
  id: 'standard-node2',
  title: 'Standard online restore, NODE2 owns the group',
  briefing:
    'The Information Store of EXCHVS1 failed last night. This time NODE2 owns the Exchange Cluster group, so NODE2 holds the shared disk ' +
    'and will hold the Restore in Progress keys. Do the whole online restore of KB Q238063 on the right console, prove that mail flows, ' +
    'hand Exchange back to the cluster and test failover to NODE1.',
  branch: null,
  setup: { owner: 'NODE2' },
  prelude: [],
  success: { kind: 'done' },
  solution: standardSolution('NODE2'),
};

/**
 * Every scenario the lab ships: standard first, then one per failure branch a class should see
 * (domain.md §3), in the order the procedure meets them, then the combined one.
 */
export const SCENARIOS: readonly Scenario[] = [
  standardScenario,
  standardNode2Scenario,
  f1Scenario,
  f15Scenario,
  f5Scenario,
  f6Scenario,
  f10Scenario,
  f2Scenario,
  f3Scenario,
  f9SilentScenario,
  f13Scenario,
  f8Scenario,
  f11Scenario,
  f12Scenario,
  f14Scenario,
  pressureScenario,
];

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
