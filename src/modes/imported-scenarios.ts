import { create } from 'zustand';
import { SCENARIOS, findScenario } from '../sim/scenarios/catalog.ts';
import { parseScenarioFile } from '../sim/scenarios/schema.ts';
import type { Scenario } from '../sim/scenarios/types.ts';

/** Scenarios an instructor imported from a file: kept for this session only. */
export const useImportedScenarios = create<{ scenarios: Scenario[] }>()(() => ({ scenarios: [] }));

/** Built-in scenarios first (standard first), then imported ones. */
export const allScenarios = (): Scenario[] => [...SCENARIOS, ...useImportedScenarios.getState().scenarios];

export const findAnyScenario = (id: string): Scenario | undefined =>
  findScenario(id) ?? useImportedScenarios.getState().scenarios.find((s) => s.id === id);

/** Imported scenarios are not saved: their attempts could not be read back after a reload. */
export const isImported = (id: string) => !findScenario(id) && useImportedScenarios.getState().scenarios.some((s) => s.id === id);

export type ImportScenarioResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Reads a scenario file; on success it joins the catalog for this session. */
export function importScenarioText(text: string): ImportScenarioResult {
  const parsed = parseScenarioFile(text, { catalog: SCENARIOS });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { scenario } = parsed;
  useImportedScenarios.setState((s) => ({ scenarios: [...s.scenarios.filter((x) => x.id !== scenario.id), scenario] }));
  return { ok: true, scenario };
}
