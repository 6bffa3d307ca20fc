import { standardScenario } from './standard.ts';
import type { Scenario } from './types.ts';

/** Every scenario the lab ships, standard first. */
export const SCENARIOS: readonly Scenario[] = [standardScenario];

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
