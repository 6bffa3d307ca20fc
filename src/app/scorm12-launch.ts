import { setLinkSpeed } from './clock-speed.ts';
import { parseDeepLink, parseLinkSpeed } from './deep-link.ts';
import { packagedScenarios } from '../course/packaged-scenarios.ts';
import { launchScorm12 } from '../course/scorm12/launch.ts';
import { addImportedScenarios, findAnyScenario, isImported } from '../modes/imported-scenarios.ts';
import { beginAttempt, resumeAttempt, resumeOrBegin, savedAttempt } from '../modes/session.ts';
import { reportStorageProblem } from '../store/storage-problems.ts';

/** Wires the SCORM 1.2 adapter to the lab: the link's scenario and mode, starting, resuming, the browser's copy. */
export function runScorm12Launch(search: string, bootStandalone: () => void): void {
  setLinkSpeed(parseLinkSpeed(search));
  const { scenarios, problems } = packagedScenarios();
  addImportedScenarios(scenarios);
  for (const message of problems) reportStorageProblem({ message, backupKey: null });
  const link = parseDeepLink(search, (id) => findAnyScenario(id) !== undefined);
  launchScorm12({
    link: link.kind === 'start' ? { scenarioId: link.scenarioId, mode: link.mode } : { scenarioId: null, mode: 'practice' },
    findScenario: findAnyScenario,
    bootStandalone,
    begin: () => {
      if (link.kind === 'start') beginAttempt(findAnyScenario(link.scenarioId)!, link.mode, link.seed);
    },
    resume: (scenario, mode, attempt) => {
      if (savedAttempt(scenario, mode)?.attempt === attempt) resumeOrBegin(scenario, mode, attempt.seed); // keeps its own start time
      else resumeAttempt(scenario, mode, attempt);
    },
    localAttempt: (scenario, mode) => savedAttempt(scenario, mode)?.attempt,
    keptLocally: (scenarioId) => !isImported(scenarioId),
  });
}
