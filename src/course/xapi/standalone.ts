import type { LabSession } from '../../store/lab-session.ts';
import type { LrsSettings } from '../../store/lrs-settings.ts';
import { PASS_MARK } from '../../sim/scoring/rubric.ts';
import { describeOutbox, statusBox } from '../status-box.ts';
import { uuid } from './ids.ts';
import { basicAuth, postStatements } from './lrs-client.ts';
import { Outbox } from './outbox.ts';
import { startReporter } from './reporter.ts';
import type { StatementSession } from './types.ts';

const QUEUE_KEY = 'cluster-restore-lab.lrs-queue.v1';
const BROWSER_KEY = 'cluster-restore-lab.browser-id';

/** A random id for this browser, so an LRS can tell trainees apart without a name. */
function browserId(): string {
  try {
    const id = localStorage.getItem(BROWSER_KEY) ?? uuid();
    localStorage.setItem(BROWSER_KEY, id);
    return id;
  } catch {
    return uuid();
  }
}

/** Where the lab is served, without its query: the base of the scenarios' activity ids. */
const labBase = () => `${location.origin}${location.pathname.replace(/[^/]*$/, '')}`;

/**
 * xAPI without an LMS: every attempt in this browser reports to the instructor's LRS (one session
 * and registration per attempt), through a queue kept in localStorage, with a visible status.
 */
export function startLrsReporting(settings: LrsSettings): () => Promise<void> {
  const target = { endpoint: settings.endpoint, authorization: basicAuth(settings.key, settings.secret) };
  const outbox = new Outbox({
    storage: localStorage, storageKey: QUEUE_KEY,
    send: (batch) => postStatements(target, batch, document.visibilityState === 'hidden'),
  });
  const actor = { objectType: 'Agent' as const, name: settings.learner.trim() || 'Trainee', account: { homePage: labBase(), name: browserId() } };
  const sessionFor = (lab: LabSession): StatementSession => ({
    actor, activityId: `${labBase()}scenarios/${encodeURIComponent(lab.scenario.id)}`, registration: uuid(), sessionId: uuid(),
    cmi5: false, launchMode: 'Normal', masteryScore: PASS_MARK / 100, scenarioTitle: lab.scenario.title, scenarioId: lab.scenario.id,
  });
  const reporter = startReporter({ outbox, sessionFor, perAttempt: true });

  const box = statusBox('Learning Record Store');
  const where = `the LRS (${new URL(settings.endpoint).host})`;
  const retry = box.addButton('Retry now', () => void outbox.retryNow());
  const show = () => {
    box.set(describeOutbox(outbox.status, where));
    retry.hidden = outbox.status.state !== 'waiting';
  };
  const unsubscribe = outbox.subscribe(show);
  const tick = setInterval(show, 1000);
  show();
  const online = () => void outbox.retryNow();
  const leave = () => void reporter.terminate();
  addEventListener('online', online);
  addEventListener('pagehide', leave);
  void outbox.flush();

  return async () => {
    removeEventListener('online', online);
    removeEventListener('pagehide', leave);
    await reporter.terminate();
    reporter.stop();
    unsubscribe();
    clearInterval(tick);
    box.remove();
  };
}
