import type { Attempt } from '../../sim/attempt/attempt.ts';
import type { Mode, Scenario } from '../../sim/scenarios/types.ts';
import { PASS_MARK } from '../../sim/scoring/rubric.ts';
import { scoreAttempt } from '../../sim/scoring/score.ts';
import { labSession, type LabSession } from '../../store/lab-session.ts';
import { reportStorageProblem } from '../../store/storage-problems.ts';
import { SUSPEND_DATA_MAX, decodeSuspendData, encodeSuspendData } from '../suspend-data.ts';
import { attemptInteractions, cmiTimespan, finishedValues, interactionValues } from './cmi-mapping.ts';
import { findScorm12Api } from './find-api.ts';
import { LmsConnection } from './lms-connection.ts';

/** What the app lends the SCORM adapter: how to start the lab, and the browser's copy of an attempt. */
export interface Scorm12Hooks {
  /** The launch's scenario (null: free practice, which opens the catalog) and mode. */
  link: { scenarioId: string | null; mode: Mode };
  findScenario(id: string): Scenario | undefined;
  /** Starts as the standalone lab would (the address decides). */
  bootStandalone(): void;
  /** A new attempt of the link's scenario (forgetting any copy in this browser). */
  begin(): void;
  resume(scenario: Scenario, mode: Mode, attempt: Attempt): void;
  /** The attempt in progress kept in this browser for a scenario and mode, if any. */
  localAttempt(scenario: Scenario, mode: Mode): Attempt | undefined;
  /** Whether this browser keeps a copy of attempts at this scenario. */
  keptLocally(scenarioId: string): boolean;
}

/** Commits to the LMS at most this often while the trainee works (and at once when it ends or the page goes). */
const COMMIT_EVERY_MS = 3000;

const problem = (message: string) => reportStorageProblem({ message, backupKey: null });
const sameEvents = (a: Attempt, prefix: Attempt) =>
  a.scenarioId === prefix.scenarioId && a.seed === prefix.seed && a.events.length >= prefix.events.length &&
  prefix.events.every((e, i) => JSON.stringify(e.event) === JSON.stringify(a.events[i].event));

/**
 * Runs the lab as a SCORM 1.2 SCO: finds the LMS (else runs standalone, quietly), resumes the
 * attempt from `cmi.suspend_data` (the LMS is the source of truth; the browser's copy is used
 * only where it carries the same attempt further), and reports status, score, interactions and
 * session time as the attempt goes. Returns a stop function (tests).
 */
export function launchScorm12(hooks: Scorm12Hooks, win: Window = window): () => void {
  const api = findScorm12Api(win);
  if (!api) {
    hooks.bootStandalone();
    return () => {};
  }
  const lms = new LmsConnection(api, problem);
  if (!lms.initialize()) {
    hooks.bootStandalone();
    return () => {};
  }
  const sessionStart = performance.now();
  const entry = lms.get('cmi.core.entry');
  const status = lms.get('cmi.core.lesson_status');
  const journaled = Number(lms.get('cmi.interactions._count')) || 0;
  const resumed = startFromLms(hooks, lms.get('cmi.suspend_data'), entry);
  if (!['passed', 'failed', 'completed'].includes(status)) lms.set('cmi.core.lesson_status', 'incomplete');
  lms.commit();

  const base = resumed ? 0 : journaled;
  const written: string[] = [];
  let tooLongReported = false;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const ours = (s: LabSession) => (hooks.link.scenarioId === null || s.scenario.id === hooks.link.scenarioId) && (hooks.link.scenarioId === null || s.mode === hooks.link.mode);

  function writeInteractions(s: LabSession): void {
    attemptInteractions(s.attempt, s.scenario).forEach((x, i) => {
      const json = JSON.stringify(x);
      if (written[i] === json || base + i < (resumed ? journaled : 0)) return;
      written[i] = json;
      for (const [element, value] of interactionValues(base + i, x)) lms.set(element, value);
    });
  }

  function writeSuspendData(s: LabSession): void {
    const text = encodeSuspendData(s.attempt);
    if (text.length <= SUSPEND_DATA_MAX) {
      lms.set('cmi.suspend_data', text);
      return;
    }
    if (tooLongReported) return;
    tooLongReported = true;
    const size = `${text.length.toLocaleString('en')} of ${SUSPEND_DATA_MAX.toLocaleString('en')} characters`;
    problem(hooks.keptLocally(s.scenario.id)
      ? `This attempt has grown too long for the learning platform to keep (${size}). It is kept in this browser: finish it here, or come back on this computer to continue it.`
      : `This attempt has grown too long for the learning platform to keep (${size}), and attempts at this scenario are not kept in the browser: finish it before you leave, or it cannot be resumed.`);
  }

  function sync(): void {
    timer = null;
    const s = labSession.getState();
    if (finished || !ours(s) || s.attempt.events.length === 0) return;
    writeInteractions(s);
    writeSuspendData(s);
    lms.set('cmi.core.exit', 'suspend');
    lms.commit();
  }

  function finish(s: LabSession): void {
    if (timer) clearTimeout(timer);
    timer = null;
    finished = true;
    writeInteractions(s);
    const mastery = Number.parseFloat(lms.get('cmi.student_data.mastery_score'));
    for (const [element, value] of finishedValues(scoreAttempt(s.attempt, s.scenario), Number.isFinite(mastery) ? mastery : PASS_MARK)) lms.set(element, value);
    lms.set('cmi.suspend_data', '');
    lms.set('cmi.core.session_time', cmiTimespan(performance.now() - sessionStart));
    lms.commit();
  }

  const unsubscribe = labSession.subscribe((s, prev) => {
    if (s.attempt === prev.attempt || !ours(s)) return;
    if (s.snapshot.status !== 'active' && prev.snapshot.status === 'active' && s.attempt.scenarioId === prev.attempt.scenarioId) {
      if (!finished) finish(s);
      return;
    }
    if (s.attempt.events.length < prev.attempt.events.length || s.scenario !== prev.scenario) finished = false; // a new attempt
    if (s.attempt.events.at(-1)?.event.type === 'clock.tick') return; // time passing is not news; the page-hide flush keeps it
    if (!timer) timer = setTimeout(sync, COMMIT_EVERY_MS);
  });

  let ended = false;
  const onPageHide = () => {
    if (ended) return;
    ended = true;
    if (!finished) sync();
    lms.set('cmi.core.session_time', cmiTimespan(performance.now() - sessionStart));
    lms.finish();
  };
  win.addEventListener('pagehide', onPageHide);
  return () => {
    unsubscribe();
    win.removeEventListener('pagehide', onPageHide);
    if (timer) clearTimeout(timer);
  };
}

/** Starts the lab from what the LMS holds. True when an attempt was resumed. */
function startFromLms(hooks: Scorm12Hooks, suspendData: string, entry: string): boolean {
  const { link } = hooks;
  const linked = link.scenarioId === null ? undefined : hooks.findScenario(link.scenarioId);
  if (suspendData) {
    const decoded = decodeSuspendData(suspendData);
    const scenario = decoded.ok ? hooks.findScenario(decoded.attempt.scenarioId) : undefined;
    if (decoded.ok && scenario && (!linked || linked === scenario)) {
      const local = hooks.localAttempt(scenario, link.mode);
      hooks.resume(scenario, link.mode, local && sameEvents(local, decoded.attempt) ? local : decoded.attempt);
      return true;
    }
    problem(decoded.ok
      ? `The attempt saved in the learning platform belongs to another scenario (${decoded.attempt.scenarioId}), so a new attempt starts.`
      : `${decoded.reason} A new attempt starts.`);
  } else if (entry === 'resume' && linked) {
    // Nothing in the LMS although the trainee left mid-attempt: it did not fit (they were told), so this browser's copy carries on.
    const local = hooks.localAttempt(linked, link.mode);
    if (local) {
      hooks.resume(linked, link.mode, local);
      return true;
    }
  }
  if (linked) hooks.begin();
  else hooks.bootStandalone();
  return false;
}
