import { parseDeepLink } from '../app/deep-link.ts';
import { findAnyScenario } from './imported-scenarios.ts';
import { useModes } from './modes-store.ts';
import { resumeOrBegin } from './session.ts';

/**
 * Starts what the address asks for: a scenario (resuming the attempt in progress, if any), or
 * the catalog, with the reason when the link cannot be used. Never leaves the page blank.
 */
export function bootFromLink(search: string): void {
  const link = parseDeepLink(search, (id) => findAnyScenario(id) !== undefined);
  if (link.kind === 'start') {
    resumeOrBegin(findAnyScenario(link.scenarioId)!, link.mode, link.seedGiven ? link.seed : undefined);
    return;
  }
  useModes.getState().showCatalogDocked(link.kind === 'invalid' ? `This link cannot be opened: ${link.problem} Choose a scenario below.` : null);
}
