/** The slice of xAPI 1.0.3 the lab writes: plain JSON, checked in the tests by Learning Locker's validator. */
export type LanguageMap = Record<string, string>;

export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  account?: { homePage: string; name: string };
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    name?: LanguageMap;
    description?: LanguageMap;
    type?: string;
    interactionType?: string;
  };
}

export interface Context {
  registration?: string;
  contextActivities?: { parent?: Activity[]; grouping?: Activity[]; category?: Activity[]; other?: Activity[] };
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Result {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context: Context;
  timestamp: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/**
 * Who, where and which session the statements belong to. In a cmi5 launch every field comes from
 * the LMS (launch parameters and LMS.LaunchData); without an LMS the lab makes them up per attempt.
 */
export interface StatementSession {
  actor: Agent;
  /** The AU's activity id (cmi5) or the scenario's activity IRI (xAPI without an LMS). */
  activityId: string;
  registration: string;
  /** cmi5 session id: constant over one launch. */
  sessionId: string;
  /** LMS.LaunchData's contextTemplate, merged into every statement (cmi5 §10.2.1). */
  contextTemplate?: Context;
  /** True in a cmi5 launch: defined statements carry the cmi5 category. */
  cmi5: boolean;
  launchMode: LaunchMode;
  /** Scaled 0–1: the LMS's, or the lab's own pass mark. */
  masteryScore: number;
  /** Name of the scenario for the activity definition. */
  scenarioTitle: string;
  scenarioId: string;
}

/** What makes a statement unique and timed: supplied by the caller, so the mapping stays pure. */
export interface Stamp {
  id: string;
  timestamp: string;
}
