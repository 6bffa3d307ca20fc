import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { Report } from '../../sim/scoring/types.ts';
import { ReportBody } from './ReportBody.tsx';

afterEach(cleanup);

const report: Report = {
  scenarioId: 'x', scenarioTitle: 'Imported <b>drill</b>', outcome: 'completed', verdict: 'Finished.', score: 77, passed: true,
  steps: [{ kbStep: 1, title: 'Find the group', status: 'done' }, { kbStep: 3, title: 'Quit', status: 'skipped' }],
  mistakes: [{ eventIndex: 4, branch: 'F2', title: 'Directory failed', consequence: '<img src=x onerror="alert(1)"> -528', kbStep: 7, kb: ['Q188674'], severity: 'critical', recovered: true, points: 13, action: 'Brought the Directory online in Cluster Administrator.' }],
  recoveries: [{ from: 'failure.directoryFailed', to: 'main.restoring', explanation: 'Restored again.', kb: ['Q238063'], detourEvents: 3, detourSimulatedMs: 120_000, points: 12 }],
  hints: [{ rung: 2, points: 5 }], undos: 1, resets: 0, solutionShown: false, durationMs: 65_000, simulatedMs: 600_000,
  deductions: [{ reason: 'F2', points: -25 }, { reason: 'Recovered from F2', points: 12 }],
};

test('renders every part of the report, and text from a file only as text', () => {
  const { container } = render(<ReportBody report={report} mode="practice" finishedAt={null} />);
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Imported <b>drill</b>');
  expect(screen.getByText('Score: 77 / 100 — PASSED')).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Steps of Q238063' }).textContent).toContain('Skipped');
  const mistakes = screen.getByRole('region', { name: 'Mistakes (1)' });
  expect(mistakes.textContent).toContain('F2: Directory failed (critical, KB step 7, -13 points, recovered)');
  expect(mistakes.textContent).toContain('What you did: Brought the Directory online in Cluster Administrator.');
  expect(mistakes.textContent).toContain('Consequence: <img src=x onerror="alert(1)"> -528');
  expect(mistakes.textContent).toContain('Proof: KB Q188674');
  expect(container.querySelector('img, b')).toBeNull();
  expect(screen.getByRole('region', { name: 'Recoveries (1)' }).textContent).toContain('Detour: 3 actions, 2 min of simulated time (+12 points back)');
  expect(screen.getByRole('region', { name: 'Help and time' }).textContent).toContain('rung 2 (−5)');
  expect(screen.getByRole('region', { name: 'How the score was made' }).textContent).toContain('Recovered from F2+12');
});
