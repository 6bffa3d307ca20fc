/** `--scenarios a.json b.json`: an instructor's scenario files (as exported from the lab), checked like an import. */
import { readFile } from 'node:fs/promises';
import { SCENARIOS } from '../../src/sim/scenarios/catalog.ts';
import { parseScenarioFile } from '../../src/sim/scenarios/schema.ts';
import type { Scenario } from '../../src/sim/scenarios/types.ts';

export async function readScenarioFiles(paths: readonly string[]): Promise<Scenario[]> {
  const scenarios: Scenario[] = [];
  for (const path of paths) {
    const parsed = parseScenarioFile(await readFile(path, 'utf8'), { catalog: [...SCENARIOS, ...scenarios] });
    if (!parsed.ok) throw new Error(`${path}: ${parsed.error}`);
    scenarios.push(parsed.scenario);
  }
  return scenarios;
}

/** Splits argv into `--scenarios` files; anything else is refused with the usage. */
export function parseArgs(argv: readonly string[]): { scenarioFiles: string[] } {
  const scenarioFiles: string[] = [];
  let inScenarios = false;
  for (const arg of argv) {
    if (arg === '--scenarios') inScenarios = true;
    else if (inScenarios && !arg.startsWith('--')) scenarioFiles.push(arg);
    else throw new Error(`Unknown argument ${arg}. Usage: npm run package [-- --scenarios file.json ...]`);
  }
  return { scenarioFiles };
}
