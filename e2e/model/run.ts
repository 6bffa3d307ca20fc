import type { Page } from '@playwright/test';
import { answerRefusal, perform } from './driver.ts';
import { expectMapAt, setClock, simulatedSeconds, skipSimulated, tidy, waitSimulated } from './lab.ts';
import type { Plan, UiStep } from './plan.ts';

const describe = (s: UiStep) => {
  const { type, ...rest } = s.event;
  return `${s.aux ? '(UI) ' : ''}${type} ${JSON.stringify(rest)}${s.settleMs ? ` +${s.settleMs / 1000}s` : ''} → ${s.expect}`;
};

/**
 * Follows a plan through the UI: each step's clicks, then (for the clock ticks of the path) until
 * the top bar shows that much simulated time has passed, then the map must show the step's state.
 */
export async function followPlan(page: Page, plan: Plan, log: (line: string) => void = () => {}): Promise<void> {
  const t0 = Date.now();
  for (const [i, step] of plan.steps.entries()) {
    log(`${((Date.now() - t0) / 1000).toFixed(1)}s ${i + 1}. ${describe(step)}`);
    if (step.event.type !== 'dialog.dismiss') await tidy(page);
    if (step.clock) await setClock(page, step.clock);
    const from = step.settleMs && step.clock !== 'slow' ? await simulatedSeconds(page) : 0;
    await perform(page, step);
    if (step.error) await answerRefusal(page, step.error);
    if (step.clock === 'slow') {
      // A state that does not last: catch it at 1×, then stop the clock on it.
      await expectMapAt(page, step.expect, 30_000 + step.settleMs * 2);
      await setClock(page, 'pause');
    } else if (step.skippable) await skipSimulated(page, from, step.settleMs);
    else await waitSimulated(page, from, step.settleMs);
    await expectMapAt(page, step.expect);
  }
  log(`${((Date.now() - t0) / 1000).toFixed(1)}s end of the path`);
}
