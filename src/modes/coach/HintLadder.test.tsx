import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { standardScenario } from '../../sim/scenarios/standard.ts';
import { labSession, sendLab, startLab } from '../../store/lab-session.ts';
import { HintLadder } from './HintLadder.tsx';

afterEach(cleanup);
beforeEach(() => startLab(standardScenario, 'practice', 1));

describe('HintLadder', () => {
  test('shows each rung with its cost before it is taken, records it, and reveals its text', async () => {
    render(<HintLadder />);
    expect(screen.getByText(/Costs: nudge 2, where to look 5, exact action 10 points/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hint 1: Nudge (costs 2 points)' }));
    expect(labSession.getState().attempt.events.map((e) => e.event)).toEqual([{ type: 'hint.take', rung: 1 }]);
    const taken = screen.getByRole('list', { name: 'Hints taken' });
    expect(taken.textContent).toContain('1. Find the Exchange group (KB Q238063 step 1)');
    expect(screen.queryByRole('button', { name: /^Hint 1/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Hint 2: Where to look (costs 5 points)' }));
    // The search runs (in a worker in the browser); meanwhile the ladder waits.
    expect(taken.textContent).toContain('Where to look: Working out the way from here…');
    expect(screen.getByRole('button', { name: 'Hint 3: Exact action (costs 10 points)' }).hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(taken.textContent).toContain('Where to look: Look at the programs on the console: Cluster Administrator.'), { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Hint 3: Exact action (costs 10 points)' }));
    await waitFor(() => expect(taken.textContent).toContain('Exact action: On NODE1, open Cluster Administrator.'), { timeout: 20_000 });
    expect(screen.getByText(/No more hints for this step/)).toBeTruthy();
    expect(labSession.getState().attempt.events.map((e) => e.event.type)).toEqual(['hint.take', 'hint.take', 'hint.take']);
  }, 30_000); // rungs 2 and 3 search the state space

  test('starts again when the trainee moves on to the next step', () => {
    render(<HintLadder />);
    fireEvent.click(screen.getByRole('button', { name: 'Hint 1: Nudge (costs 2 points)' }));
    act(() => {
      sendLab({ type: 'app.open', node: 'NODE1', app: 'cluster-admin' });
      sendLab({ type: 'cluster.selectGroup', node: 'NODE1', group: 'Exchange Cluster' });
    });
    expect(screen.queryByRole('list', { name: 'Hints taken' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Hint 1: Nudge (costs 2 points)' })).toBeTruthy();
  });
});

test('after a reload, the rungs already paid for at this step show again', async () => {
  const { resumeLab } = await import('../../store/lab-session.ts');
  const { waitFor: wait } = await import('@testing-library/react');
  const attempt = { version: 2 as const, scenarioId: 'standard', seed: 1, events: [
    { event: { type: 'app.open' as const, node: 'NODE1' as const, app: 'cluster-admin' as const }, at: 0 },
    { event: { type: 'hint.take' as const, rung: 1 }, at: 1 },
    { event: { type: 'hint.take' as const, rung: 2 }, at: 2 },
  ] };
  resumeLab(standardScenario, 'practice', attempt, Date.now() - 5000);
  render(<HintLadder />);
  const taken = screen.getByRole('list', { name: 'Hints taken' });
  expect(taken.textContent).toContain('Nudge: 1. Find the Exchange group');
  await wait(() => expect(taken.textContent).toContain('Where to look: Look in Cluster Administrator'), { timeout: 20_000 });
  expect(screen.getByRole('button', { name: 'Hint 3: Exact action (costs 10 points)' })).toBeTruthy();
}, 30_000);
