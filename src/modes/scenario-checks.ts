import { SCENARIOS } from '../sim/scenarios/catalog.ts';
import { parseScenario } from '../sim/scenarios/schema.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import type { Validation } from '../store/safe-storage.ts';
import type { ImportedScenarios } from './imported-scenarios.ts';

/** How imported scenarios are checked, kept or read from a file (loaded on demand: it brings zod). */

export { parseScenarioFile } from '../sim/scenarios/schema.ts';

/**
 * Checks stored scenarios one by one, like an import: a damaged one is left out and named (the
 * safe storage keeps a copy of the whole save and reports it); the rest load.
 */
export function validateStoredScenarios(state: unknown): Validation<ImportedScenarios> {
  const list = typeof state === 'object' && state !== null ? (state as { scenarios?: unknown }).scenarios : undefined;
  if (!Array.isArray(list)) return { ok: false, reason: 'it has no list of scenarios' };
  const scenarios: Scenario[] = [];
  const dropped: string[] = [];
  for (const [i, raw] of list.entries()) {
    const parsed = parseScenario(raw, { catalog: [...SCENARIOS, ...scenarios] });
    if (parsed.ok) scenarios.push(parsed.scenario);
    else dropped.push(`scenario ${i + 1}: ${parsed.error}`);
  }
  return { ok: true, state: { scenarios }, dropped };
}
