import type { Mode } from '../scenarios/types.ts';

/** What one mode shows and allows. The one table: the modes, the map and the app read it. */
export interface ModePolicy {
  /** The mode's name (catalog, top bar, history). */
  label: string;
  /** The name of its panel in the dock. */
  panel: 'Coach' | 'Assessment' | 'Instructor';
  /** Undo and Reset in the top bar. */
  undoAndReset: boolean;
  /** The hint ladder (the top bar's Hint button, the coach's rungs). */
  hints: boolean;
  /** The elapsed wall-clock time in the top bar (an assessment is timed). */
  timer: boolean;
  /** The procedure map while the attempt runs (every mode shows it once the attempt is over). */
  mapWhileRunning: boolean;
  /** The report of the attempt as it stands, before it is over. */
  reportWhileRunning: boolean;
  /** Instructor tools: jump on the map, replay and branch past attempts, import scenarios. */
  instructorTools: boolean;
  /** Simulated time runs at the speed the instructor last chose (else real time), unless the link sets one. */
  savedClockSpeed: boolean;
}

export const MODE_POLICY: Readonly<Record<Mode, ModePolicy>> = {
  practice: {
    label: 'Practice', panel: 'Coach', undoAndReset: true, hints: true, timer: false,
    mapWhileRunning: true, reportWhileRunning: false, instructorTools: false, savedClockSpeed: false,
  },
  assessment: {
    label: 'Assessment', panel: 'Assessment', undoAndReset: false, hints: false, timer: true,
    mapWhileRunning: false, reportWhileRunning: false, instructorTools: false, savedClockSpeed: false,
  },
  instructor: {
    label: 'Instructor', panel: 'Instructor', undoAndReset: true, hints: false, timer: false,
    mapWhileRunning: true, reportWhileRunning: true, instructorTools: true, savedClockSpeed: true,
  },
};

export const MODES = Object.keys(MODE_POLICY) as readonly Mode[];

export const policyOf = (mode: Mode): ModePolicy => MODE_POLICY[mode];
