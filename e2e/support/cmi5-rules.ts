import xapiValidation from 'xapi-validation';

/**
 * Checks statements the way an LMS's LRS would: each one with Learning Locker's xAPI validator,
 * and a whole session against the cmi5 rules (cmi5 spec, Quartz 1st edition, §9–§10). Pure; returns
 * plain-language problems (empty = valid). Used by the LRS fixture and by unit tests.
 */

type Json = Record<string, unknown>;
export interface Cmi5Launch {
  registration: string;
  activityId: string;
  actor: Json;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  /** LMS.LaunchData.contextTemplate: its extensions and context activities must be in every statement. */
  contextTemplate: Json;
}

const CAT_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CAT_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const V = (v: string) => `http://adlnet.gov/expapi/verbs/${v}`;
const DEFINED = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated'].map(V));
const MOVE_ON_VERBS = new Set(['completed', 'passed', 'failed'].map(V));

// The package is CommonJS (`exports.default`); bundlers and Node's loader disagree on the default import.
const validate = ((xapiValidation as unknown as { default?: unknown }).default ?? xapiValidation) as (s: unknown) => { message?: string; path?: string[] }[];

/** Learning Locker's validation of one statement (xAPI 1.0.3). */
export function xapiProblems(statement: unknown): string[] {
  return validate(statement).map((w) => `${(w.path ?? []).join('.')}: ${w.message ?? String(w)}`);
}

const verbOf = (s: Json) => ((s.verb as Json | undefined)?.id as string) ?? '';
const short = (s: Json) => verbOf(s).split('/').at(-1);
const categories = (s: Json) => (((s.context as Json | undefined)?.contextActivities as Json | undefined)?.category as Json[] | undefined ?? []).map((c) => c.id);
const extensions = (s: Json) => ((s.context as Json | undefined)?.extensions as Json | undefined) ?? {};

/** The cmi5 rules for the statements of one launch (one session id), in the order the LRS received them. */
export function cmi5Problems(statements: readonly Json[], launch: Cmi5Launch): string[] {
  const problems: string[] = [];
  const say = (i: number, text: string) => problems.push(`#${i + 1} ${short(statements[i]) ?? '?'}: ${text}`);
  if (!statements.length) return ['no statements'];
  if (verbOf(statements[0]) !== V('initialized')) problems.push(`the first statement is ${short(statements[0])}, not initialized`);
  const term = statements.findIndex((s) => verbOf(s) === V('terminated'));
  if (term >= 0 && term !== statements.length - 1) problems.push(`${statements.length - 1 - term} statement(s) after terminated`);
  const templateExt = (launch.contextTemplate.extensions as Json | undefined) ?? {};
  const sessionId = templateExt[SESSION_ID];
  const seen = new Map<string, number>();
  statements.forEach((s, i) => {
    for (const p of xapiProblems(s)) say(i, `xAPI: ${p}`);
    const ctx = (s.context as Json | undefined) ?? {};
    if (ctx.registration !== launch.registration) say(i, 'context.registration is not the launch registration');
    if (JSON.stringify(s.actor) !== JSON.stringify(launch.actor)) say(i, 'actor is not the launch actor');
    const ext = extensions(s);
    for (const [k, v] of Object.entries(templateExt)) if (JSON.stringify(ext[k]) !== JSON.stringify(v)) say(i, `context extension ${k} differs from the context template`);
    if (sessionId === undefined || ext[SESSION_ID] !== sessionId) say(i, 'session id missing or not constant');
    const cats = categories(s);
    const verb = verbOf(s);
    const isDefined = DEFINED.has(verb) && (s.object as Json | undefined)?.id === launch.activityId;
    if (isDefined && !cats.includes(CAT_CMI5)) say(i, 'a cmi5 defined statement without the cmi5 category');
    if (!isDefined && cats.includes(CAT_CMI5)) say(i, 'a cmi5 allowed statement with the cmi5 category');
    if (isDefined && MOVE_ON_VERBS.has(verb) && !cats.includes(CAT_MOVEON)) say(i, 'no moveon category');
    if (isDefined && MOVE_ON_VERBS.has(verb) && launch.launchMode !== 'Normal') say(i, `not allowed in ${launch.launchMode} mode`);
    const result = (s.result as Json | undefined) ?? {};
    if (isDefined && verb !== V('initialized') && typeof result.duration !== 'string') say(i, 'no result.duration');
    if (verb === V('passed') || verb === V('failed')) {
      const scaled = (result.score as Json | undefined)?.scaled;
      if (typeof scaled !== 'number') say(i, 'no result.score.scaled');
      if (result.success !== (verb === V('passed'))) say(i, 'result.success does not match the verb');
      if (launch.masteryScore !== undefined) {
        if (ext[MASTERY] !== launch.masteryScore) say(i, 'masteryscore extension missing or not the LMS\'s');
        if (verb === V('passed') && typeof scaled === 'number' && scaled < launch.masteryScore) say(i, 'passed below the mastery score');
      }
    }
    if (isDefined) seen.set(verb, (seen.get(verb) ?? 0) + 1);
  });
  for (const [verb, n] of seen) if (n > 1) problems.push(`${verb.split('/').at(-1)} sent ${n} times in one session`);
  if ((seen.get(V('passed')) ?? 0) + (seen.get(V('failed')) ?? 0) > 1) problems.push('both passed and failed in one session');
  return problems;
}
