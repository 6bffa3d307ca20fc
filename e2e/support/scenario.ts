import { expect, type Page } from '@playwright/test';

/** Opens a scenario by deep link at 20× simulated time and closes its briefing. */
export async function openScenario(page: Page, scenario: string, mode: 'practice' | 'assessment' | 'instructor' = 'practice'): Promise<void> {
  await page.goto(`/?speed=20&scenario=${scenario}&mode=${mode}`);
  const briefing = page.getByRole('dialog', { name: /^Briefing: / });
  await expect(briefing).toBeVisible();
  await briefing.getByRole('button', { name: 'OK' }).click();
  await expect(briefing).toHaveCount(0);
}

/** The practice coach in the dock. */
export const coach = (page: Page) => page.getByRole('complementary', { name: 'Coach' });
