import { scoreAttempt } from '../../sim/scoring/score.ts';
import type { Report } from '../../sim/scoring/types.ts';
import { labSession, type LabSession } from '../../store/lab-session.ts';
import { stampNow } from './ids.ts';
import type { Outbox } from './outbox.ts';
import { progressItems, untold } from './progress.ts';
import { finishStatements, initializedStatement, mistakeStatement, stepStatement, terminatedStatement } from './statements.ts';
import type { StatementSession } from './types.ts';

export interface ReporterOptions {
  outbox: Outbox;
  /** The statement session for an attempt (cmi5: the launch's, whatever the attempt). */
  sessionFor: (lab: LabSession) => StatementSession;
  /** cmi5: the launch is one session (initialized already sent by @xapi/cmi5). xAPI alone: one session per attempt. */
  perAttempt: boolean;
  /** Called once when an attempt ends, with its report (cmi5 keeps the attempt for Review). */
  onFinish?: (lab: LabSession, report: Report) => void;
}

export interface Reporter {
  /** Sends terminated (once) and everything still queued. */
  terminate: () => Promise<void>;
  stop: () => void;
}

const attemptKey = (s: LabSession) => `${s.scenario.id}|${s.mode}|${s.startedAt}`;
const isFinished = (s: LabSession) => s.snapshot.status !== 'active';

/**
 * Tells the LRS what happens in the running lab: initialized, each KB step reached and each mistake
 * as it happens, completed and passed/failed when the attempt ends (Normal launches), terminated
 * when the session ends. Reads the lab session; decides nothing about the attempt itself.
 */
export function startReporter(opts: ReporterOptions): Reporter {
  const { outbox } = opts;
  let lab = labSession.getState();
  let session = opts.sessionFor(lab);
  let sessionStart = Date.now();
  let told = new Set<string>();
  let finished = false;
  let terminated = false;
  if (opts.perAttempt) outbox.enqueue([initializedStatement(session, stampNow())]);

  const attemptMs = (s: LabSession) => s.attempt.events.at(-1)?.at ?? 0;

  function tell(s: LabSession, report: Report) {
    const fresh = untold(progressItems(report), told);
    for (const item of fresh) told.add(item.key);
    outbox.enqueue(fresh.map((item) => item.kind === 'step'
      ? stepStatement(session, stampNow(), item.step, attemptMs(s))
      : mistakeStatement(session, stampNow(), item.mistake, s.attempt.events[item.mistake.eventIndex]?.at ?? attemptMs(s))));
  }

  function endSession() {
    if (terminated) return;
    terminated = true;
    outbox.enqueue([terminatedStatement(session, stampNow(), Date.now() - sessionStart)]);
  }

  const unsubscribe = labSession.subscribe((s, prev) => {
    if (s.attempt === prev.attempt && s.snapshot === prev.snapshot) return;
    const newAttempt = attemptKey(s) !== attemptKey(lab);
    if (newAttempt) {
      told = new Set();
      if (opts.perAttempt) {
        endSession();
        session = opts.sessionFor(s);
        sessionStart = Date.now();
        terminated = false;
        finished = false;
        outbox.enqueue([initializedStatement(session, stampNow())]);
      }
    }
    lab = s;
    if (terminated) return;
    // An attempt taken up already finished (the kept one a Review launch shows) is history, not news: nothing to tell.
    if (newAttempt && isFinished(s)) return;
    const ended = isFinished(s) && !isFinished(prev);
    if (s.snapshot.context.trail.length === prev.snapshot.context.trail.length && !ended) return;
    const report = scoreAttempt(s.attempt, s.scenario);
    tell(s, report);
    if (ended && !finished) {
      finished = true;
      outbox.enqueue(finishStatements(session, report, attemptMs(s), [stampNow(), stampNow()]));
      opts.onFinish?.(s, report);
    }
  });

  return {
    terminate: () => {
      endSession();
      return outbox.flush();
    },
    stop: unsubscribe,
  };
}
