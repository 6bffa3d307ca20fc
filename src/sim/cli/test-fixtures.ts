import { foldEvents, startSnapshot } from '../attempt/replay.ts';
import { restoreSteps, takeDirectoryOfflineSteps } from '../scenarios/standard.ts';
import { standardScenario } from '../scenarios/standard.ts';
import type { NodeName } from '../world/names.ts';
import { labConsole, passTime, typeLine, type LabConsole } from './lab-console.ts';

/** A console on `node` at the start of the standard scenario. */
export const freshConsole = (node: NodeName = 'NODE1'): LabConsole => labConsole(startSnapshot(standardScenario, 1), node);

/** KB steps 1–6 done on NODE1 (the restore has completed), console on `node`. */
export const restoredConsole = (node: NodeName = 'NODE1'): LabConsole =>
  labConsole(foldEvents(startSnapshot(standardScenario, 1), [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1'), { type: 'console.switch', node }]), node);

/** Types each line, letting `waitMs` of simulated time pass after each. */
export function typeAll(lc: LabConsole, lines: string[], waitMs = 0): LabConsole {
  return lines.reduce((cur, line) => passTime(typeLine(cur, line), waitMs), lc);
}

/** The text printed since `before` (the screen only grows until cls). */
export const printedSince = (before: LabConsole, after: LabConsole) => after.console.screen.slice(before.console.screen.length);
