import Cmi5 from '@xapi/cmi5';
import type { Report } from '../../sim/scoring/types.ts';
import { PASS_MARK } from '../../sim/scoring/rubric.ts';
import type { LabSession } from '../../store/lab-session.ts';
import { describeOutbox, statusBox } from '../status-box.ts';
import { getState, postStatements, putState, type LrsTarget } from '../xapi/lrs-client.ts';
import { Outbox } from '../xapi/outbox.ts';
import { startReporter } from '../xapi/reporter.ts';
import type { Agent, Context, LaunchMode, StatementSession } from '../xapi/types.ts';
import { CMI5 } from '../xapi/vocabulary.ts';
import type { Attempt } from '../../sim/attempt/attempt.ts';

/** The cmi5 launch parameters an LMS appends to the AU's address (cmi5 §8.1). */
export const CMI5_PARAMETERS = ['endpoint', 'fetch', 'registration', 'activityId', 'actor'] as const;

/** Pure: which cmi5 parameters the address lacks. */
export const missingCmi5Parameters = (search: string) => CMI5_PARAMETERS.filter((p) => !new URLSearchParams(search).get(p));

/** Pure: the LMS's returnURL when it is a web address (anything else, e.g. `javascript:`, is ignored). */
export function safeReturnUrl(returnURL: string | undefined, base: string): string | null {
  if (!returnURL) return null;
  try {
    const url = new URL(returnURL, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Where the finished attempt is kept for a Review launch (State API, per registration). */
const ATTEMPT_STATE = 'https://cluster-restore-lab.invalid/xapi/state/attempt';

export interface Cmi5Session {
  launchMode: LaunchMode;
  /** The attempt a Review launch shows (null: none was recorded). */
  reviewAttempt: Attempt | null;
  /** Sends terminated, waits for delivery, then leaves for the LMS's returnURL (when it is http(s)). */
  exit: () => Promise<void>;
}

/**
 * A cmi5 launch (cmi5 spec, Quartz): @xapi/cmi5 fetches the auth token, reads LMS.LaunchData and
 * learner preferences, and sends initialized. The lab then tells the LRS each KB step and mistake,
 * completed and passed/failed at the end (Normal launches only), and terminated on exit.
 */
export async function startCmi5(onFinished: (lab: LabSession, report: Report) => void): Promise<Cmi5Session> {
  const box = statusBox('Course');
  box.set('Connecting to the course…');
  const cmi5 = new Cmi5();
  try {
    await cmi5.initialize();
  } catch (e) {
    box.set(`The course did not accept this launch (${(e as Error).message}). Close this window and open the lab again from the course. You can still practise here, but nothing is recorded.`);
    throw e;
  }
  const params = cmi5.getLaunchParameters();
  const launchData = cmi5.getLaunchData();
  const target: LrsTarget = { endpoint: params.endpoint, authorization: `Basic ${cmi5.getAuthToken()}` };
  const launchMode = launchData.launchMode;
  const contextTemplate = launchData.contextTemplate as Context;
  const session: StatementSession = {
    actor: params.actor as Agent, activityId: params.activityId, registration: params.registration,
    sessionId: String(contextTemplate.extensions?.[CMI5.sessionId] ?? ''), contextTemplate, cmi5: true, launchMode,
    masteryScore: launchData.masteryScore ?? PASS_MARK / 100, scenarioTitle: '', scenarioId: '',
  };
  const stateQuery = { activityId: params.activityId, agent: params.actor, stateId: ATTEMPT_STATE, registration: params.registration };
  const outbox = new Outbox({ storage: null, storageKey: '', send: (batch) => postStatements(target, batch, document.visibilityState === 'hidden') });
  const reporter = startReporter({
    outbox, perAttempt: false,
    sessionFor: (lab) => ({ ...session, scenarioTitle: lab.scenario.title, scenarioId: lab.scenario.id }),
    onFinish: (lab, report) => {
      if (launchMode === 'Normal') void putState(target, stateQuery, lab.attempt).catch(() => {});
      onFinished(lab, report);
    },
  });

  const reviewAttempt = launchMode === 'Review' ? ((await getState(target, stateQuery).catch(() => null)) as Attempt | null) : null;
  const returnTo = safeReturnUrl(launchData.returnURL, location.href);
  const where = 'the course';
  const modeNote = launchMode === 'Normal' ? '' : ` ${launchMode} launch: no score is recorded.`;
  const show = () => box.set(`${describeOutbox(outbox.status, where)}${modeNote}`);
  outbox.subscribe(show);
  show();
  const exit = async () => {
    await reporter.terminate();
    // Still waiting for the LRS: stay, so nothing is lost; the status says why, and Exit can be pressed again.
    if (outbox.status.state !== 'sent') return;
    reporter.stop();
    if (returnTo) location.assign(returnTo);
    else box.set('Results are recorded in the course. You can close this window.');
  };
  const exitButton = box.addButton('Exit to the course', () => {
    exitButton.disabled = true;
    void exit().finally(() => { exitButton.disabled = false; });
  });
  box.addButton('Retry now', () => void outbox.retryNow());
  addEventListener('pagehide', () => void reporter.terminate(), { once: true });
  return { launchMode, reviewAttempt, exit };
}
