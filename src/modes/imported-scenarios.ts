import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { SCENARIOS, findScenario } from '../sim/scenarios/catalog.ts';
import { parseScenario, parseScenarioFile } from '../sim/scenarios/schema.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import { createSafeStorage, type Validation } from '../store/safe-storage.ts';

export const IMPORTED_SCENARIOS_KEY = 'crl.scenarios';
const VERSION = 1;

interface ImportedScenarios {
  scenarios: Scenario[];
}

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

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Builds the store of imported scenarios on a storage (tests pass an in-memory one). */
export function createImportedScenariosStore(storage: () => Storage | undefined) {
  return create<ImportedScenarios>()(persist(() => ({ scenarios: [] as Scenario[] }), {
    name: IMPORTED_SCENARIOS_KEY,
    version: VERSION,
    storage: createSafeStorage<ImportedScenarios>({ storage, version: VERSION, label: 'Your imported scenarios', validate: validateStoredScenarios }),
    partialize: (s) => ({ scenarios: s.scenarios }),
  }));
}

/** Scenarios an instructor imported from a file, kept in this browser ('crl.scenarios'). */
export const useImportedScenarios = createImportedScenariosStore(browserStorage);

/** Built-in scenarios first (standard first), then imported ones. */
export const allScenarios = (): Scenario[] => [...SCENARIOS, ...useImportedScenarios.getState().scenarios];

export const findAnyScenario = (id: string): Scenario | undefined =>
  findScenario(id) ?? useImportedScenarios.getState().scenarios.find((s) => s.id === id);

/** Not one of the lab's own scenarios (imported by an instructor, or carried by a course package). */
export const isImported = (id: string) => !findScenario(id) && useImportedScenarios.getState().scenarios.some((s) => s.id === id);

/** Adds checked scenarios (replacing any with the same id); they are kept like an import. */
export function addImportedScenarios(scenarios: readonly Scenario[]): void {
  if (scenarios.length === 0) return;
  const ids = new Set(scenarios.map((s) => s.id));
  useImportedScenarios.setState((s) => ({ scenarios: [...s.scenarios.filter((x) => !ids.has(x.id)), ...scenarios] }));
}

export type ImportScenarioResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Reads a scenario file; on success it joins the catalog and is kept in this browser. */
export function importScenarioText(text: string): ImportScenarioResult {
  const parsed = parseScenarioFile(text, { catalog: SCENARIOS });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  addImportedScenarios([parsed.scenario]);
  return { ok: true, scenario: parsed.scenario };
}
