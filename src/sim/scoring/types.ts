import type { Severity } from '../machines/meta.ts';

export type StepStatus = 'done' | 'out-of-order' | 'skipped' | 'not-reached';
export type Outcome = 'completed' | 'stopped-correctly' | 'stopped' | 'unfinished';
export type HintRung = 1 | 2 | 3;

export interface StepReport {
  kbStep: number;
  title: string;
  status: StepStatus;
  /** True when the scenario's prelude did this step before the trainee took over. */
  byPrelude?: boolean;
}

export interface MistakeReport {
  /**
   * Index in `attempt.events` of the trainee action that led to it: the event that revealed it, or
   * the last action before it when the clock revealed it (a resource failing a few seconds later).
   */
  eventIndex: number;
  /** Failure branch of domain.md §3 (`F2`…), or null for a slip on the main line (e.g. KB step 3 skipped). */
  branch: string | null;
  title: string;
  /** What happened because of it, and what puts it right (plain text, our own words). */
  consequence: string;
  kbStep: number | null;
  kb: string[];
  severity: Exclude<Severity, 'none'>;
  recovered: boolean;
  /** Points deducted for it, after the recovery credit (0 when it was not the trainee's doing). */
  points: number;
  /** What the trainee did (the transition's explanation). */
  action: string;
  /** Why it costs nothing, when it costs nothing (an injected fault, a broken prerequisite). */
  excusedBecause?: string;
}

export interface RecoveryReport {
  from: string;
  to: string;
  explanation: string;
  kb: string[];
  /** Trainee actions (clock ticks excluded) between the mistake and the way back. */
  detourEvents: number;
  /** Simulated time the detour took. */
  detourSimulatedMs: number;
  /** Points given back (half of what the recovered mistakes cost). */
  points: number;
}

export interface Report {
  scenarioId: string;
  scenarioTitle: string;
  outcome: Outcome;
  /** One or two sentences for the top of the report, e.g. why stopping was right (F11). */
  verdict: string;
  score: number;
  passed: boolean;
  steps: StepReport[];
  mistakes: MistakeReport[];
  recoveries: RecoveryReport[];
  hints: { rung: HintRung; points: number }[];
  undos: number;
  resets: number;
  solutionShown: boolean;
  /** Wall-clock ms of the last entry of the attempt. */
  durationMs: number;
  /** Simulated time the trainee spent (world clock at the end minus at the end of the prelude). */
  simulatedMs: number;
  /** Everything that moved the score, in order: negative = deducted, positive = given back. */
  deductions: { reason: string; points: number }[];
}
