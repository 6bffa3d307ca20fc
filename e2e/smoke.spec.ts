import { test, expect } from '@playwright/test';

test('the lab loads and shows the Start button', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});
