import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { standardScenario } from '../sim/scenarios/standard.ts';
import { startLab } from '../store/lab-session.ts';
import { App } from './App.tsx';

afterEach(cleanup);
beforeEach(() => startLab(standardScenario, 'practice', 1));

test('the first frame holds the desktop and the taskbar; the dock follows once it is painted', async () => {
  render(<App />);
  expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  expect(screen.queryByRole('complementary', { name: 'Coach' })).toBeNull();
  expect(await screen.findByRole('complementary', { name: 'Coach' })).toBeTruthy();
});
