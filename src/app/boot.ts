import { findAnyScenario } from '../modes/imported-scenarios.ts';
import { useModes } from '../modes/modes-store.ts';
import { resumeOrBegin } from '../modes/session.ts';
import { applyClockForMode, setLinkSpeed } from './clock-speed.ts';
import { parseDeepLink, parseLinkSpeed } from './deep-link.ts';

/**
 * Starts what the address asks for: a scenario (resuming the attempt in progress, if any), or
 * the catalog, with the reason when the link cannot be used. Never leaves the page blank.
 * `?speed=` sets how fast simulated time runs.
 */
export function bootFromLink(search: string): void {
  setLinkSpeed(parseLinkSpeed(search));
  applyClockForMode();
  const link = parseDeepLink(search, (id) => findAnyScenario(id) !== undefined);
  if (link.kind === 'start') {
    resumeOrBegin(findAnyScenario(link.scenarioId)!, link.mode, link.seedGiven ? link.seed : undefined);
    return;
  }
  useModes.getState().showCatalogDocked(link.kind === 'invalid' ? `This link cannot be opened: ${link.problem} Choose a scenario below.` : null);
}
