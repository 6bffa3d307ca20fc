import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { standardScenario } from '../sim/scenarios/standard.ts';
import { getWorld, sendLab, startLab } from '../store/lab-session.ts';
import { App } from './App.tsx';

afterEach(cleanup);
beforeEach(() => startLab(standardScenario, 'practice', 1));

describe('a node that is not running shows no desktop', () => {
  test('NODE2 down: a dark console with Power on; the console switch still works', () => {
    act(() => sendLab({ type: 'node.down', node: 'NODE2' }));
    render(<App />);
    expect(screen.getByRole('main', { name: 'NODE1 desktop' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'NODE2' }));
    expect(screen.getByRole('main', { name: 'NODE2 console' }).textContent).toContain('NODE2 is powered off.');
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(screen.queryByRole('listbox', { name: 'Desktop' })).toBeNull();
    expect(screen.getByRole('button', { name: 'NODE2' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Power on' }));
    expect(getWorld().cluster.nodes.NODE2.status).toBe('Joining');
    expect(within(screen.getByRole('main', { name: 'NODE2 console' })).getByRole('status').textContent).toBe('Starting Windows NT…');
    expect(screen.queryByRole('button', { name: 'Power on' })).toBeNull();

    // The node joins once its start-up time has passed; then its desktop appears.
    act(() => sendLab({ type: 'clock.tick', ms: 60_000 }));
    expect(getWorld().cluster.nodes.NODE2.status).toBe('Up');
    expect(screen.getByRole('main', { name: 'NODE2 desktop' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  test('switching away from a node that is off and back keeps it off', () => {
    act(() => {
      sendLab({ type: 'console.switch', node: 'NODE2' });
      sendLab({ type: 'node.down', node: 'NODE2' });
    });
    render(<App />);
    expect(screen.getByRole('main', { name: 'NODE2 console' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'NODE1' }));
    expect(screen.getByRole('main', { name: 'NODE1 desktop' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'NODE2' }));
    expect(screen.getByRole('button', { name: 'Power on' })).toBeTruthy();
  });
});
