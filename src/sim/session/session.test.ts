import { describe, expect, test } from 'vitest';
import { newAttempt, type LoggedEvent } from '../attempt/attempt.ts';
import { replayAttempt } from '../attempt/replay.ts';
import { standardScenario } from '../scenarios/standard.ts';
import { currentStateId } from '../selectors.ts';
import { RES } from '../world/names.ts';
import { replaySession, resumeSession, startSession, step, type Session, type SessionCommand } from './session.ts';

const open = { type: 'app.open', node: 'NODE1', app: 'cluster-admin' } as const;
const select = { type: 'cluster.selectGroup', node: 'NODE1', group: 'Exchange Cluster' } as const;
const send = (session: Session, ...events: SessionCommand[]) => {
  let s = session;
  const verdicts = events.map((event, at) => {
    const r = step(s, { event, at });
    s = r.session;
    return r.verdict.kind;
  });
  return { session: s, verdicts };
};
const logOf = (...events: LoggedEvent[]) => ({ ...newAttempt('standard', 1), events: events.map((event) => ({ event, at: 0 })) });

describe('the session reducer', () => {
  test('a world event is accepted and logged; a refused one is logged with the engine error; the world is unchanged', () => {
    const start = startSession(standardScenario, 1);
    const ok = step(start, { event: open, at: 5 });
    expect(ok.verdict).toEqual({ kind: 'accepted' });
    expect(ok.session.attempt.events).toEqual([{ event: open, at: 5 }]);
    const refused = step(ok.session, { event: { type: 'service.start', node: 'NODE1', service: 'MSExchangeDS' }, at: 6 });
    expect(refused.verdict.kind).toBe('refused');
    expect(refused.verdict.kind === 'refused' && refused.verdict.error.message).toBeTruthy();
    expect(refused.session.attempt.events).toHaveLength(2);
    expect(refused.session.snapshot.context.world.services).toEqual(ok.session.snapshot.context.world.services);
    // The next accepted event is not blamed for the older refusal.
    expect(step(refused.session, { event: { type: 'app.close', node: 'NODE1', app: 'cluster-admin' }, at: 7 }).verdict.kind).toBe('accepted');
  });

  test('once the attempt is over, world events are ignored and not logged; undo still works', () => {
    const { session: over } = send(startSession(standardScenario, 1), open, { type: 'attempt.abandon', reason: 'stop' });
    expect(over.snapshot.status).not.toBe('active');
    const r = step(over, { event: select, at: 9 });
    expect(r.verdict).toEqual({ kind: 'ignored' });
    expect(r.session).toBe(over);
    const undone = step(over, { event: { type: 'attempt.undo' }, at: 10 });
    expect(undone.session.snapshot.status).toBe('active');
  });

  test('undo removes the last action and the ticks after it; reset starts over; both are logged', () => {
    const tick = { type: 'clock.tick', ms: 250 } as const;
    const { session } = send(startSession(standardScenario, 1), open, select, tick, tick, { type: 'attempt.undo' });
    expect(currentStateId(session.snapshot)).toBe('main.prepare');
    expect(session.attempt.events).toHaveLength(5);
    const reset = send(session, { type: 'attempt.reset' }).session;
    expect(reset.snapshot.context).toEqual(startSession(standardScenario, 1).snapshot.context);
  });

  test('jump logs a reset and the path; branch starts a new attempt whose log is the events', () => {
    const { session } = send(startSession(standardScenario, 1), open, { type: 'session.jump', events: [open, select] });
    expect(session.attempt.events.map((e) => e.event.type)).toEqual(['app.open', 'attempt.reset', 'app.open', 'cluster.selectGroup']);
    expect(session.snapshot.context).toEqual(replayAttempt(logOf(open, select), standardScenario).context);
    const branched = step(session, { event: { type: 'session.branch', scenario: standardScenario, seed: 3, events: [open] }, at: 50 });
    expect(branched.session.attempt).toEqual({ ...newAttempt('standard', 3), events: [{ event: open, at: 0 }] });
  });

  test('hints and solution shown are logged and change no world; the hints taken here survive a replay', () => {
    const hint = (rung: number) => ({ type: 'hint.take', rung }) as const;
    const rungs = (...events: LoggedEvent[]) => resumeSession(standardScenario, logOf(...events)).hints.rungs;
    expect(rungs()).toEqual([]);
    expect(rungs(hint(1), open, hint(2))).toEqual([1, 2]);
    expect(rungs(hint(1), open, select)).toEqual([]);
    expect(rungs(open, select, hint(1), { type: 'attempt.undo' })).toEqual([]);
    expect(rungs(hint(1), open, select, { type: 'attempt.undo' })).toEqual([]);
    const start = startSession(standardScenario, 1);
    const shown = send(start, { type: 'solution.show' }).session;
    expect(shown.snapshot).toBe(start.snapshot);
    expect(shown.attempt.events).toHaveLength(1);
  });

  test('replay is a fold of step, and ends where replayAttempt ends', () => {
    const attempt = logOf(open, select, { type: 'resource.takeOffline', resource: RES.ds }, { type: 'attempt.undo' }, { type: 'hint.take', rung: 1 });
    const folded = replaySession(startSession(standardScenario, 1), attempt.events);
    expect(folded.attempt).toEqual(attempt);
    expect(folded.snapshot.context).toEqual(replayAttempt(attempt, standardScenario).context);
  });
});
