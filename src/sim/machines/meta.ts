import type { Branch } from './mistakes.ts';

export type StateKind = 'step' | 'transient' | 'mistake' | 'terminal' | 'done' | 'abandoned';
export type TransitionKind = 'correct' | 'mistake' | 'recovery' | 'detour';
export type Severity = 'none' | 'minor' | 'major' | 'critical';

/** What the map, the coach and the scorer read from a state node. */
export interface StateMeta {
  title: string;
  kbStep: number | null;
  /** One line for the map node. */
  summary: string;
  /** The full explanation, in our own words (hover/focus on the map, the coach, the report). */
  explanation: string;
  kind: StateKind;
  branch?: Branch;
  /** KB articles that back this state. */
  kb: string[];
}

/** What each edge means for the trainee: which step, right or wrong, how bad, and why. */
export interface TransitionMeta {
  kbStep: number | null;
  kind: TransitionKind;
  severity: Severity;
  explanation: string;
  kb: string[];
}

export const correct = (kbStep: number, explanation: string, kb: string[] = ['Q238063']): TransitionMeta => ({ kbStep, kind: 'correct', severity: 'none', explanation, kb });
export const recovery = (kbStep: number | null, explanation: string, kb: string[]): TransitionMeta => ({ kbStep, kind: 'recovery', severity: 'none', explanation, kb });
export const detour = (kbStep: number | null, explanation: string): TransitionMeta => ({ kbStep, kind: 'detour', severity: 'none', explanation, kb: ['Q238063'] });
export const mistake = (kbStep: number | null, severity: Severity, explanation: string, kb: string[]): TransitionMeta => ({ kbStep, kind: 'mistake', severity, explanation, kb });
