import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { useModes } from '../modes/modes-store.ts';
import { standardScenario } from '../sim/scenarios/standard.ts';
import { startLab } from '../store/lab-session.ts';
import { App } from './App.tsx';

afterEach(cleanup);
beforeEach(() => {
  startLab(standardScenario, 'practice', 1);
  useModes.getState().open({ kind: 'briefing' });
});

test('the first frame holds the desktop, the taskbar and the top bar\'s facts; the dock, the top bar\'s commands and the briefing follow once it is painted', async () => {
  render(<App />);
  expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  const bar = screen.getByRole('banner', { name: 'Lab' });
  expect(bar.textContent).toContain(standardScenario.title);
  expect(screen.queryByRole('group', { name: 'Lab commands' })).toBeNull();
  expect(screen.queryByRole('complementary', { name: 'Coach' })).toBeNull();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(await screen.findByRole('complementary', { name: 'Coach' })).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Lab commands' })).toBeTruthy();
  expect(screen.getByRole('dialog', { name: /Briefing/ })).toBeTruthy();
});
