import type { SimEvent } from '../events.ts';
import type { WorldSetup } from '../world/initial-world.ts';

export type Mode = 'practice' | 'assessment' | 'instructor';

/** How a scenario is won: finish the procedure, or recognise it cannot be finished and stop. */
export type SuccessRule = { kind: 'done' } | { kind: 'abandon-in'; state: string };

export interface Scenario {
  id: string;
  title: string;
  /** Shown before the attempt starts; plain text. */
  briefing: string;
  /** Failure branch a class should see here, if any (domain.md §3). */
  branch: string | null;
  setup: Partial<WorldSetup>;
  /** Events applied before the trainee takes over: where in the procedure it starts. */
  prelude: SimEvent[];
  success: SuccessRule;
  /** A correct way through from the prelude, replayed by the tests to prove the scenario solvable. */
  solution: SimEvent[];
}
