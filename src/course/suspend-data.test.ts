import { describe, expect, test } from 'vitest';
import { ATTEMPT_VERSION, type Attempt, type AttemptEntry, type LoggedEvent } from '../sim/attempt/attempt.ts';
import { replayAttempt } from '../sim/attempt/replay.ts';
import { SCENARIOS, findScenario } from '../sim/scenarios/catalog.ts';
import { standardScenario } from '../sim/scenarios/standard.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import { scoreAttempt } from '../sim/scoring/score.ts';
import { currentStateId } from '../sim/selectors.ts';
import { createLab } from '../sim/testing/lab-driver.ts';
import { RES } from '../sim/world/names.ts';
import { SUSPEND_DATA_MAX, decodeSuspendData, encodeSuspendData } from './suspend-data.ts';

/**
 * An attempt as the running lab logs it: the clock scheduler sends a 250 ms tick four times a
 * second while something is pending, and the trainee acts every few seconds. Wall-clock times
 * wobble (a deterministic pseudo-random jitter), as they do in a browser.
 */
function asLogged(scenario: Scenario, events: readonly LoggedEvent[]): Attempt {
  let at = 0;
  let seed = 7;
  const jitter = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  const entries: AttemptEntry[] = [];
  for (const event of events) {
    if (event.type === 'clock.tick') {
      for (let left = event.ms; left > 0; left -= 250) {
        at += 248 + jitter(6);
        entries.push({ event: { type: 'clock.tick', ms: Math.min(250, left) }, at });
      }
    } else {
      at += 2000 + jitter(9000);
      entries.push({ event, at });
    }
  }
  return { version: ATTEMPT_VERSION, scenarioId: scenario.id, seed: 1, events: entries };
}

/** A full standard restore with two critical mistakes, their recovery by hand (18 registry edits), hints and an undo. */
function restoreWithMistakes(): LoggedEvent[] {
  const l = createLab({ scenario: standardScenario }).startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup().restore();
  l.startClusterAdministrator().bringOnline(RES.ds); // F2: failed over ten times, left Failed on NODE1
  l.on('NODE1').recreateRipKey('MSExchangeDS'); // the store's key there was never read
  l.on(l.owner).open('services');
  for (const s of ['MSExchangeDS', 'MSExchangeIS', 'MSExchangeMTA']) if (l.service(s).status === 'Stopped') l.startService(s);
  l.sendTestMessage().stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline().moveGroup().expectStep('done');
  const events: LoggedEvent[] = [...l.events];
  events.splice(3, 0, { type: 'hint.take', rung: 1 }, { type: 'hint.take', rung: 2 }, { type: 'app.open', node: 'NODE1', app: 'event-viewer' }, { type: 'attempt.undo' });
  return events;
}

const sameOutcome = (a: Attempt, b: Attempt, scenario: Scenario) => {
  const [x, y] = [replayAttempt(a, scenario), replayAttempt(b, scenario)];
  expect(currentStateId(y)).toBe(currentStateId(x));
  expect(y.context.world).toEqual(x.context.world);
  const [ra, rb] = [scoreAttempt(a, scenario), scoreAttempt(b, scenario)];
  expect(rb).toEqual(ra);
};

describe('suspend_data encoding', () => {
  test('a full restore with mistakes round-trips: the same events, the same state and report, and it fits', () => {
    const attempt = asLogged(standardScenario, restoreWithMistakes());
    expect(JSON.stringify(attempt).length).toBeGreaterThan(30_000); // what the browser stores today
    const text = encodeSuspendData(attempt);
    expect(text.length).toBeLessThan(SUSPEND_DATA_MAX);
    const decoded = decodeSuspendData(text);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.attempt.events.map((e) => e.event)).toEqual(attempt.events.map((e) => e.event));
    expect(decoded.attempt.events.at(-1)!.at).toBe(attempt.events.at(-1)!.at);
    sameOutcome(attempt, decoded.attempt, standardScenario);
    expect(currentStateId(replayAttempt(decoded.attempt, standardScenario))).toBe('done');
    expect(scoreAttempt(decoded.attempt, standardScenario).mistakes.length).toBeGreaterThan(0);
  }, 60_000);

  test.each(SCENARIOS.map((s) => [s.id, s] as const))('the solution of %s, logged as the lab logs it, fits and replays the same', (_id, scenario) => {
    const attempt = asLogged(scenario, scenario.solution);
    const text = encodeSuspendData(attempt);
    expect(text.length).toBeLessThan(SUSPEND_DATA_MAX);
    const decoded = decodeSuspendData(text);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.attempt.events.map((e) => e.event)).toEqual(attempt.events.map((e) => e.event));
    expect(currentStateId(replayAttempt(decoded.attempt, scenario))).toBe(currentStateId(replayAttempt(attempt, scenario)));
  }, 30_000);

  test('trainee actions keep their exact times; only the ticks inside a run are spread evenly', () => {
    const attempt = asLogged(findScenario('f13-wrong-node')!, findScenario('f13-wrong-node')!.solution);
    const decoded = decodeSuspendData(encodeSuspendData(attempt));
    if (!decoded.ok) throw new Error(decoded.reason);
    attempt.events.forEach((e, i) => {
      const at = decoded.attempt.events[i].at;
      if (e.event.type !== 'clock.tick') expect(at).toBe(e.at);
      else expect(Math.abs(at - e.at)).toBeLessThan(100); // the browser's timer wobble, averaged over the run
      if (i > 0) expect(at).toBeGreaterThanOrEqual(decoded.attempt.events[i - 1].at);
    });
  });

  test('only letters, digits, "-", "_" and "." (nothing an LMS could escape or cut)', () => {
    expect(encodeSuspendData(asLogged(standardScenario, standardScenario.solution))).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  test.each([
    ['empty', '', 'it was not written by this lab.'],
    ['foreign data', 'lesson=3;bookmark=7', 'it was not written by this lab.'],
    ['characters outside the alphabet', 'crl1.abc$%^', 'the text is damaged or cut short.'],
    ['cut short', () => encodeSuspendData(asLogged(standardScenario, standardScenario.solution)).slice(0, 200), 'the text is damaged or cut short.'],
    ['bytes changed', () => { const t = encodeSuspendData(asLogged(standardScenario, standardScenario.solution)); return t.slice(0, 40) + (t[40] === 'A' ? 'B' : 'A') + t.slice(41); }, /damaged|record|cannot be replayed|not a saved attempt/],
  ])('garbled input (%s) gives a clear reason and never throws', (_name, input, reason) => {
    const text = typeof input === 'function' ? input() : input;
    const result = decodeSuspendData(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/^The attempt saved in the learning platform could not be read: /);
    if (typeof reason === 'string') expect(result.reason).toContain(reason);
    else expect(result.reason).toMatch(reason);
  });
});
