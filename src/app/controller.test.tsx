import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { standardScenario } from '../sim/scenarios/standard.ts';
import { useHistory } from '../store/history-store.ts';
import { labSession, sendLab, setClockSpeed, startLab } from '../store/lab-session.ts';
import { beginAttempt } from '../modes/session.ts';
import { useModes } from '../modes/modes-store.ts';
import { bootFromLink } from './boot.ts';
import { startLabApp } from './controller.ts';

let stop: () => void = () => {};
beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  useHistory.setState({ inProgress: {}, finished: [] });
  useModes.setState({ dialog: null, docked: false, notice: null });
  history.replaceState(null, '', '/');
  stop = startLabApp('', { clock: false });
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

const go = (search: string) => {
  history.replaceState(null, '', `/${search}`);
  bootFromLink(location.search);
};

describe('deep links, autosave and resume', () => {
  test('a link starts its scenario with a briefing and the URL shows scenario, mode and seed', () => {
    go('?speed=20&scenario=standard&mode=assessment');
    expect(labSession.getState().mode).toBe('assessment');
    expect(labSession.getState().scenario.id).toBe('standard');
    expect(useModes.getState().dialog).toEqual({ kind: 'briefing' });
    expect(location.search).toBe('?speed=20&scenario=standard&mode=assessment&seed=1');
  });

  test('the running attempt is saved (throttled) and a reload resumes it instead of starting over', () => {
    go('?scenario=standard&mode=practice');
    act(() => {
      sendLab({ type: 'app.open', node: 'NODE1', app: 'cluster-admin' });
      sendLab({ type: 'cluster.selectGroup', node: 'NODE1', group: 'Exchange Cluster' });
    });
    expect(useHistory.getState().inProgress['standard|practice']).toBeUndefined();
    vi.advanceTimersByTime(500);
    const saved = useHistory.getState().inProgress['standard|practice'];
    expect(saved.attempt.events).toHaveLength(2);
    expect(JSON.parse(localStorage.getItem('crl.history')!).state.inProgress['standard|practice'].attempt.events).toHaveLength(2);

    startLab(standardScenario, 'practice', 1); // what a fresh page load starts with
    go('?scenario=standard&mode=practice&seed=1');
    expect(labSession.getState().attempt.events).toHaveLength(2);
    expect(labSession.getState().snapshot.context.world.consoles.open.NODE1).toContain('cluster-admin');
    expect(labSession.getState().startedAt).toBe(saved.startedAt);
    expect(useModes.getState().dialog).toBeNull();
  });

  test('an attempt that ends is scored, recorded in the history and its report shown', () => {
    go('?scenario=standard&mode=assessment');
    act(() => sendLab({ type: 'app.open', node: 'NODE1', app: 'cluster-admin' }));
    vi.advanceTimersByTime(500);
    act(() => sendLab({ type: 'attempt.abandon', reason: 'test' }));
    const { finished, inProgress } = useHistory.getState();
    expect(finished).toHaveLength(1);
    expect(finished[0].mode).toBe('assessment');
    expect(finished[0].report.outcome).toBe('stopped');
    expect(inProgress['standard|assessment']).toBeUndefined();
    expect(useModes.getState().dialog).toMatchObject({ kind: 'report', mode: 'assessment' });
  });

  test('an unknown scenario or mode docks the catalog with the reason; no link docks it without one', () => {
    go('?scenario=nope&mode=practice');
    expect(useModes.getState()).toMatchObject({ docked: true, notice: 'This link cannot be opened: There is no scenario called “nope”. Choose a scenario below.' });
    go('?scenario=standard&mode=exam');
    expect(useModes.getState().notice).toContain('“exam” is not a mode');
    go('');
    expect(useModes.getState()).toMatchObject({ docked: true, notice: null });
  });
});

describe('simulated time per mode', () => {
  test("the instructor's speed is remembered and used in instructor mode only; a link's speed wins", () => {
    const speed = () => labSession.getState().clockSpeed;
    go('?scenario=standard&mode=instructor');
    act(() => {
      setClockSpeed(10);
      useHistory.getState().setSettings({ clockSpeed: 10 }); // what the instructor's Clock speed control does
    });
    go('?scenario=standard&mode=practice');
    expect(speed()).toBe(1);
    go('?scenario=standard&mode=instructor');
    expect(speed()).toBe(10);
    go('?speed=20&scenario=standard&mode=instructor');
    expect(speed()).toBe(20);
    go('?speed=20&scenario=standard&mode=practice');
    expect(speed()).toBe(20);
    // Once the instructor picks a speed, the link's no longer wins.
    act(() => useHistory.getState().setSettings({ clockSpeed: 0 }));
    act(() => beginAttempt(standardScenario, 'instructor'));
    expect(speed()).toBe(0);
  });
});
