/**
 * IRIs the lab's statements use: the cmi5 profile's own (cmi5 spec, Quartz, §9), ADL verbs, and
 * the lab's result extensions. Kept in one place so an LRS query can be written from this file.
 */
export const VERB = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
} as const;

export const CMI5 = {
  /** cmi5 §9.6.2.1: every cmi5 defined statement carries this category. */
  category: { objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' },
  /** cmi5 §9.6.2.2: completed, passed and failed carry this one too. */
  moveOn: { objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' },
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/**
 * The lab's result extensions: which KB Q238063 step, which failure branch (F1–F14 of the domain
 * brief) and which KB articles a step or mistake belongs to. Constant IRIs whatever host serves the
 * lab, so one LRS query finds every class; the reserved `.invalid` domain says they name, not locate.
 */
const LAB = 'https://cluster-restore-lab.invalid/xapi/extensions';
export const EXT = {
  kbStep: `${LAB}/kb-step`,
  branch: `${LAB}/branch`,
  kbArticles: `${LAB}/kb-articles`,
  severity: `${LAB}/severity`,
  scenario: `${LAB}/scenario`,
} as const;
