import type { MistakeReport, Report, StepReport } from '../../sim/scoring/types.ts';
import { isoDuration } from './duration.ts';
import type { Activity, Context, Result, Stamp, Statement, StatementSession } from './types.ts';
import { CMI5, EXT, INTERACTION_TYPE, VERB } from './vocabulary.ts';

type Verb = (typeof VERB)[keyof typeof VERB];

/** The AU as an object. In a cmi5 launch the LMS owns its definition (from cmi5.xml), so none is sent. */
const auActivity = (s: StatementSession): Activity => (s.cmi5
  ? { objectType: 'Activity', id: s.activityId }
  : { objectType: 'Activity', id: s.activityId, definition: { name: { 'en-US': s.scenarioTitle }, type: 'http://adlnet.gov/expapi/activities/simulation' } });

/** The template's copy with registration and session id (cmi5 §9.6.1, §9.6.3.1); template fields win. */
function baseContext(s: StatementSession, categories: Activity[], extra: Record<string, unknown> = {}): Context {
  const template: Context = structuredClone(s.contextTemplate ?? {});
  const templateCategories = template.contextActivities?.category ?? [];
  const category = [...templateCategories, ...categories.filter((c) => !templateCategories.some((t) => t.id === c.id))];
  return {
    ...template,
    registration: s.registration,
    contextActivities: { ...template.contextActivities, ...(category.length ? { category } : {}) },
    extensions: { [CMI5.sessionId]: s.sessionId, ...template.extensions, ...extra },
  };
}

function statement(s: StatementSession, stamp: Stamp, verb: Verb, object: Activity, context: Context, result?: Result): Statement {
  if (context.contextActivities && !Object.keys(context.contextActivities).length) delete context.contextActivities;
  return { id: stamp.id, actor: s.actor, verb, object, ...(result ? { result } : {}), context, timestamp: stamp.timestamp };
}

/** A cmi5 defined statement (cmi5 §9.3): object is the AU, the cmi5 category marks it (in a cmi5 launch). */
function defined(s: StatementSession, stamp: Stamp, verb: Verb, result?: Result, moveOn = false, extra?: Record<string, unknown>): Statement {
  const categories = s.cmi5 ? [CMI5.category, ...(moveOn ? [CMI5.moveOn] : [])] : [];
  return statement(s, stamp, verb, auActivity(s), baseContext(s, categories, extra), result);
}

/** Pure: the first statement of a session. */
export const initializedStatement = (s: StatementSession, stamp: Stamp): Statement => defined(s, stamp, VERB.initialized);

/** Pure: the last statement of a session; `sessionMs` is the whole launch. */
export const terminatedStatement = (s: StatementSession, stamp: Stamp, sessionMs: number): Statement =>
  defined(s, stamp, VERB.terminated, { duration: isoDuration(sessionMs) });

const labExtensions = (kbStep: number | null, branch: string | null, kb: readonly string[], scenarioId: string) => ({
  [EXT.kbStep]: kbStep,
  [EXT.branch]: branch,
  [EXT.kbArticles]: kb.join(' '),
  [EXT.scenario]: scenarioId,
});

/** An interaction under the AU (cmi5 best practice 16: a derived activity id), cmi5 "allowed". */
function interaction(s: StatementSession, stamp: Stamp, path: string, name: string, description: string, result: Result): Statement {
  const object: Activity = {
    objectType: 'Activity',
    id: `${s.activityId}/${path}`,
    definition: { name: { 'en-US': name }, description: { 'en-US': description }, type: INTERACTION_TYPE, interactionType: 'other' },
  };
  const context = baseContext(s, []);
  context.contextActivities = { ...context.contextActivities, parent: [auActivity(s)] };
  return statement(s, stamp, VERB.answered, object, context, result);
}

/** Pure: a KB step the trainee reached (done, or done out of order); `elapsedMs` since the attempt began. */
export function stepStatement(s: StatementSession, stamp: Stamp, step: StepReport, elapsedMs: number): Statement {
  return interaction(s, stamp, `kb-step/${step.kbStep}`, `KB Q238063 step ${step.kbStep}: ${step.title}`, step.title, {
    success: step.status === 'done',
    response: step.status,
    duration: isoDuration(elapsedMs),
    extensions: labExtensions(step.kbStep, null, ['Q238063'], s.scenarioId),
  });
}

/** Pure: one mistake, with the KB step, failure branch and KB articles it belongs to. */
export function mistakeStatement(s: StatementSession, stamp: Stamp, m: MistakeReport, elapsedMs: number): Statement {
  const path = `mistake/${m.branch ?? `kb-step-${m.kbStep ?? 0}`}`;
  return interaction(s, stamp, path, m.title, m.consequence, {
    success: false,
    response: m.action,
    duration: isoDuration(elapsedMs),
    extensions: { ...labExtensions(m.kbStep, m.branch, m.kb, s.scenarioId), [EXT.severity]: m.severity },
  });
}

/**
 * Whether the attempt passes for this launch: the lab's own rule (success rule met, solution never
 * shown) against the LMS's mastery score when it gives one (cmi5 §10.2.2 masteryScore wins).
 */
export function passes(report: Report, masteryScore: number): boolean {
  const successMet = report.outcome === 'completed' || report.outcome === 'stopped-correctly';
  return successMet && !report.solutionShown && report.score / 100 >= masteryScore;
}

/**
 * Pure: what the end of an attempt sends. Normal launches only (cmi5 §10.0): completed, then passed
 * or failed with the score; Browse and Review send nothing here. `stamps` gives ids for the two.
 */
export function finishStatements(s: StatementSession, report: Report, attemptMs: number, stamps: readonly [Stamp, Stamp]): Statement[] {
  if (s.launchMode !== 'Normal') return [];
  const duration = isoDuration(attemptMs);
  const mastery = s.cmi5 ? { [CMI5.masteryScore]: s.masteryScore } : {};
  const passed = passes(report, s.masteryScore);
  const score = { scaled: report.score / 100, raw: report.score, min: 0, max: 100 };
  return [
    defined(s, stamps[0], VERB.completed, { completion: true, duration }, true),
    defined(s, stamps[1], passed ? VERB.passed : VERB.failed, { score, success: passed, duration }, true, mastery),
  ];
}
