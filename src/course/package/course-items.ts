import { SCENARIOS } from '../../sim/scenarios/catalog.ts';
import { PASS_MARK } from '../../sim/scoring/rubric.ts';
import type { Mode, Scenario } from '../../sim/scenarios/types.ts';

/** One launchable unit of a course package (a SCORM SCO, a cmi5 AU). */
export interface CourseItem {
  /** Unique in the package; an XML NCName (letters, digits, `-`, `_`, `.`; starts with a letter). */
  id: string;
  title: string;
  /** The scenario it opens, or null for free practice (the catalog). */
  scenarioId: string | null;
  mode: Mode;
  /** The query string it launches with, e.g. `?scenario=standard&mode=assessment` (empty: the catalog). */
  parameters: string;
  /** Pass mark out of 100 for graded items; null when the item is not graded. */
  masteryScore: number | null;
}

const ncName = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * Pure: every scenario (the catalog's, then `extra` ones an instructor imported) as an assessment
 * item graded by the lab's pass mark, then one ungraded free-practice item that opens the catalog.
 */
export function courseItems(extra: readonly Scenario[] = []): CourseItem[] {
  const graded = [...SCENARIOS, ...extra].map((s): CourseItem => ({
    id: `assessment-${ncName(s.id)}`,
    title: `Assessment: ${s.title}`,
    scenarioId: s.id,
    mode: 'assessment',
    parameters: `?${new URLSearchParams({ scenario: s.id, mode: 'assessment' }).toString()}`,
    masteryScore: PASS_MARK,
  }));
  return [...graded, { id: 'free-practice', title: 'Free practice (any scenario, with coaching)', scenarioId: null, mode: 'practice', parameters: '', masteryScore: null }];
}
