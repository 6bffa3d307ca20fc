import { expect, test } from '@playwright/test';
import { ClusterAdmin, RES } from './support/cluster-admin.ts';
import { pushButton, windowNamed } from './support/desktop.ts';

/** A server that is off has no desktop: a dark console, its power switch and the console switch. */
test('a node taken down by the instructor shows a powered-off console; Power on starts Windows NT and it rejoins', async ({ page }) => {
  await page.goto('/?speed=20&scenario=standard&mode=instructor');
  const briefing = windowNamed(page, /^Briefing/);
  await expect(briefing).toBeVisible();
  await pushButton(briefing, 'OK').click();

  const instructor = page.getByRole('complementary', { name: 'Instructor' });
  await instructor.getByLabel('Fault:').selectOption('Node down');
  await instructor.getByLabel('Node:').selectOption('NODE2');
  await instructor.getByRole('button', { name: 'Inject fault' }).click();
  await expect(instructor.getByRole('status')).toHaveText('Injected: NODE2 down.');

  // NODE1's Cluster Administrator sees NODE2 down.
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.expectResource(RES.ds, 'Online', 'NODE1');

  const consoleSwitch = page.getByRole('group', { name: 'Console' });
  await consoleSwitch.getByRole('button', { name: 'NODE2' }).click();
  const screen = page.getByRole('main', { name: 'NODE2 console' });
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('status')).toHaveText('NODE2 is powered off.');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);
  await expect(page.getByRole('listbox', { name: 'Desktop' })).toHaveCount(0);
  await expect(consoleSwitch.getByRole('button', { name: 'NODE2' })).toHaveAttribute('aria-pressed', 'true');

  // The switch still works both ways; NODE1's windows are where they were.
  await consoleSwitch.getByRole('button', { name: 'NODE1' }).click();
  await expect(page.getByRole('main', { name: 'NODE1 desktop' })).toBeVisible();
  await expect(ca.window).toBeVisible();
  await consoleSwitch.getByRole('button', { name: 'NODE2' }).click();

  // Power on: Windows NT starts (simulated time paused, so the start screen stays), then the desktop.
  // 98.css draws its own radio buttons over the labels: click the label, as a user does.
  const speed = instructor.getByRole('radiogroup', { name: 'Clock speed' });
  await speed.getByText('Pause', { exact: true }).click();
  await expect(speed.getByRole('radio', { name: 'Pause' })).toBeChecked();
  await screen.getByRole('button', { name: 'Power on' }).click();
  await expect(screen.getByRole('status')).toHaveText('Starting Windows NT…');
  await expect(screen).toContainText('Microsoft (R) Windows NT (TM) Version 4.0');
  await expect(screen.getByRole('button', { name: 'Power on' })).toHaveCount(0);
  await speed.getByText('10×', { exact: true }).click();
  await expect(page.getByRole('main', { name: 'NODE2 desktop' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});
