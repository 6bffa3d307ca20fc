import { describe, expect, test } from 'vitest';
import { effectiveEvents } from '../sim/session/log-rules.ts';
import { foldEvents, replayAttempt, startSnapshot } from '../sim/attempt/replay.ts';
import { standardScenario } from '../sim/scenarios/standard.ts';
import { currentStateId } from '../sim/selectors.ts';
import { labSession, sendLab, startLab } from '../store/lab-session.ts';
import { GRAPH } from './graph-data.ts';
import { canJumpTo, pathToState } from './jump-path.ts';

describe('instructor jump', () => {
  test('the path to a state replays to that state; a jump resets the attempt and records it', () => {
    startLab(standardScenario, 'instructor', 3);
    sendLab({ type: 'app.open', node: 'NODE1', app: 'backup' });
    const before = labSession.getState().attempt.events.length;
    const path = pathToState(standardScenario, 3, 'main.startServices')!;
    expect(path.length).toBeGreaterThan(3);
    sendLab({ type: 'session.jump', events: path });
    const { snapshot, attempt } = labSession.getState();
    expect(currentStateId(snapshot)).toBe('main.startServices');
    expect(attempt.events[before].event).toEqual({ type: 'attempt.reset' });
    expect(attempt.events.slice(before + 1).map((e) => e.event)).toEqual(path);
    expect(effectiveEvents(attempt.events)).toEqual(path);
    // Exactly the world the trainee would have made with those actions.
    expect(snapshot.context).toEqual(foldEvents(startSnapshot(standardScenario, 3), path).context);
    expect(replayAttempt(attempt, standardScenario).context).toEqual(snapshot.context);
    // A step of the procedure is reached without a mistake; the trail shows the way, so the map marks it.
    expect(snapshot.context.slips).toBe(0);
    expect(snapshot.context.trail.map((t) => t.to)).toEqual(['main.takeDirectoryOffline', 'main.quitClusterAdmin', 'main.restoreFromTape', 'main.restoring', 'main.startServices']);
  });

  test('a failure state is reached through its own mistake, and message boxes on the way are closed', () => {
    startLab(standardScenario, 'instructor', 1);
    sendLab({ type: 'session.jump', events: pathToState(standardScenario, 1, 'failure.directoryFailed')! });
    const { snapshot } = labSession.getState();
    expect(currentStateId(snapshot)).toBe('failure.directoryFailed');
    expect(snapshot.context.trail.at(-1)).toMatchObject({ kind: 'mistake', to: 'failure.directoryFailed' });
    // Through that mistake only, and with no message box of the way there left open.
    expect(snapshot.context.trail.filter((t) => t.kind === 'mistake')).toHaveLength(1);
    expect(snapshot.context.world.dialogs).toEqual([]);
  });

  test('no path within the search limit gives null; regions and the root cannot be jumped to', () => {
    expect(pathToState(standardScenario, 1, 'done', 5)).toBeNull();
    expect(pathToState(standardScenario, 1, 'main.prepare')).toEqual([]);
    const jumpable = GRAPH.nodes.filter(canJumpTo).map((n) => n.id);
    expect(jumpable).not.toContain('main');
    expect(jumpable).not.toContain('lab');
    expect(jumpable).toContain('failure.directoryFailed');
  });
});
