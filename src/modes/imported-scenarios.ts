import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { SCENARIOS, findScenario } from '../sim/scenarios/catalog.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import { loadOnce, type LoadOnce } from '../lib/load-once.ts';
import { checksOf, readBack } from '../store/read-back.ts';
import { createSafeStorage } from '../store/safe-storage.ts';

export const IMPORTED_SCENARIOS_KEY = 'crl.scenarios';
const VERSION = 1;

export interface ImportedScenarios {
  scenarios: Scenario[];
}

export type ScenarioChecks = typeof import('./scenario-checks.ts');
/** The checks for scenarios read back or imported (they bring zod): loaded only when there is something to check. */
export const scenarioChecks: LoadOnce<ScenarioChecks> = loadOnce(() => import('./scenario-checks.ts'));

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Builds the store of imported scenarios on a storage (tests pass an in-memory one). With its
 * checks already loaded it reads its save at once; otherwise on `rehydrate` (see `readBack`).
 */
export function createImportedScenariosStore(storage: () => Storage | undefined, checks: LoadOnce<ScenarioChecks> = scenarioChecks) {
  return create<ImportedScenarios>()(persist(() => ({ scenarios: [] as Scenario[] }), {
    name: IMPORTED_SCENARIOS_KEY,
    version: VERSION,
    storage: createSafeStorage<ImportedScenarios>({ storage, version: VERSION, label: 'Your imported scenarios', validate: (state) => checksOf(checks).validateStoredScenarios(state) }),
    partialize: (s) => ({ scenarios: s.scenarios }),
    skipHydration: checks.loaded() === null,
  }));
}

/** Scenarios an instructor imported from a file, kept in this browser ('crl.scenarios'); empty until `readImportedScenariosBack`. */
export const useImportedScenarios = createImportedScenariosStore(browserStorage);

/** Reads the imported scenarios into `useImportedScenarios`: at once (null) when there is nothing to check, else once their checks have loaded. */
export const readImportedScenariosBack = () => readBack(useImportedScenarios, IMPORTED_SCENARIOS_KEY, browserStorage, scenarioChecks);

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
export async function importScenarioText(text: string): Promise<ImportScenarioResult> {
  const checks = await scenarioChecks.load().catch(() => null);
  if (!checks) return { ok: false, error: 'the part of the lab that reads scenario files did not load (the network may be off, or the lab was updated); reload the page and try again' };
  const parsed = checks.parseScenarioFile(text, { catalog: SCENARIOS });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  addImportedScenarios([parsed.scenario]);
  return { ok: true, scenario: parsed.scenario };
}
