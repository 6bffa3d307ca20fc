import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { findScenario } from '../../sim/scenarios/catalog.ts';
import { standardScenario } from '../../sim/scenarios/standard.ts';
import { sendLab, startLab } from '../../store/lab-session.ts';
import { CurrentStep } from './CurrentStep.tsx';
import { FeedbackBox } from './FeedbackBox.tsx';

afterEach(cleanup);

describe('FeedbackBox', () => {
  test('a trainee mistake shows at once, with what broke, why, the step and the KB proof; Got it hides it', () => {
    startLab(standardScenario, 'practice', 1);
    render(<><FeedbackBox /><CurrentStep /></>);
    expect(screen.queryByRole('region', { name: 'What went wrong' })).toBeNull();
    act(() => {
      sendLab({ type: 'service.stop', node: 'NODE1', service: 'MSExchangeSA', withDependants: true });
      sendLab({ type: 'clock.tick', ms: 5000 });
    });
    const note = screen.getByRole('region', { name: 'What went wrong' });
    expect(note.textContent).toContain('Mistake: F12: The cluster reacted to a failure');
    expect(note.textContent).toContain('What broke:');
    expect(note.textContent).toContain('Step: KB step 8');
    expect(note.textContent).toContain('Proof: KB Q260527');
    // The current step does not repeat the note's explanation while it shows.
    const now = screen.getByRole('region', { name: /^Off the procedure:/ });
    expect(now.textContent).not.toContain('The resource monitor treats this as a failure');
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: 'What went wrong' })).toBeNull();
    expect(screen.getByRole('region', { name: /^Off the procedure:/ }).textContent).toContain('The resource monitor treats this as a failure');
  });

  test("a mistake made by the scenario's prelude is told as what happened before the trainee took over", () => {
    startLab(findScenario('f2-directory-brought-online')!, 'practice', 1);
    render(<FeedbackBox />);
    const note = screen.getByRole('region', { name: 'What happened before you took over' });
    expect(note.textContent).toContain('Before you took over: F2: Directory failed');
  });
});
