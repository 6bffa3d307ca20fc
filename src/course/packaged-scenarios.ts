import { parseScenario } from '../sim/scenarios/schema.ts';
import type { Scenario } from '../sim/scenarios/types.ts';

/** The id of the inert JSON element where `npm run package -- --scenarios` puts an instructor's scenarios. */
export const PACKAGED_SCENARIOS_ID = 'lab-scenarios';

/**
 * The scenarios a package carries (none in the standalone build). Each is checked like an import;
 * ones that do not parse are returned as problems, never thrown.
 */
export function packagedScenarios(doc: Document = document): { scenarios: Scenario[]; problems: string[] } {
  const text = doc.getElementById(PACKAGED_SCENARIOS_ID)?.textContent;
  if (!text) return { scenarios: [], problems: [] };
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return { scenarios: [], problems: ['The scenarios in this package could not be read.'] };
  }
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  for (const [i, raw] of (Array.isArray(list) ? list : []).entries()) {
    const parsed = parseScenario(raw);
    if (parsed.ok) scenarios.push(parsed.scenario);
    else problems.push(`Scenario ${i + 1} in this package could not be used: ${parsed.error}`);
  }
  return { scenarios, problems };
}
