import { expect, type Page } from '@playwright/test';
import type { SimEvent } from '../../src/sim/events.ts';
import { SERVICE_DISPLAY } from '../../src/sim/world/names.ts';
import { CommandPrompt } from '../support/command-prompt.ts';
import { Services } from '../support/services.ts';
import { clickTree, resourceRow, selectExchangeGroup } from './cluster-admin.ts';
import { exitProgram, instructorPanel, menuItem, messageBox, openProgram, pushButton, setTick, windowNamed, type App } from './lab.ts';
import { deleteRegistryKey, addRegistryKey, setRegistryValue } from './registry.ts';
import type { UiStep } from './plan.ts';

type Of<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;

const FAULT_LABELS: Record<string, string> = {
  'node-down': 'Node down',
  'resource-failure': 'Resource failure',
  'rip-key-deleted': 'Restore in Progress key deleted',
  'tape-uncataloged': 'Tape catalog missing',
  'org-mismatch': 'Organisation name mismatch',
};

/** A world message box: its title and the start of its text, then OK. */
async function answerWorldBox(page: Page, step: UiStep): Promise<void> {
  const d = step.box;
  if (!d) throw new Error('dialog.dismiss without the box it answers');
  const box = messageBox(page, d.title);
  await expect(box).toBeVisible();
  await expect(box).toContainText(d.text.split('\n')[0].trim().replace(/\s+/g, ' ').slice(0, 60));
  await pushButton(box, 'OK').click();
  await expect(box).toHaveCount(0);
}

/** Control Panel > Services: select the service, Start or Stop (answering the dependants question Yes). */
async function serviceCommand(page: Page, e: Of<'service.start'> | Of<'service.stop'>): Promise<void> {
  await openProgram(page, 'services');
  const services = new Services(page);
  await services.row(SERVICE_DISPLAY[e.service]).click();
  await services.button(e.type === 'service.start' ? 'Start' : 'Stop').click();
  if (e.type === 'service.stop') await pushButton(messageBox(page, 'Services'), 'Yes').click();
}

/** NT Backup > Tapes: tick the items, Restore, fill Restore Information, OK. */
async function restore(page: Page, e: Of<'backup.restore'>): Promise<void> {
  const w = await openProgram(page, 'backup');
  for (const item of ['Directory', 'Information Store'] as const) await w.getByRole('checkbox', { name: item, exact: true }).setChecked(e.items.includes(item));
  await w.getByRole('toolbar', { name: 'Toolbar' }).getByRole('button', { name: 'Restore', exact: true }).click();
  const info = windowNamed(page, 'Restore Information');
  const page2 = info.getByRole('group', { name: `Set ${e.items.length} of ${e.items.length}` });
  await page2.getByRole('combobox', { name: 'Destination Server', exact: true }).fill(e.destination);
  await page2.getByRole('checkbox', { name: 'Erase all existing data' }).setChecked(e.erase);
  if (e.items.includes('Information Store')) {
    await page2.getByRole('checkbox', { name: 'Private' }).setChecked(e.private);
    await page2.getByRole('checkbox', { name: 'Public' }).setChecked(e.public);
  }
  await page2.getByRole('checkbox', { name: 'Start Service After Restore' }).setChecked(e.startService);
  await pushButton(info, 'OK').click();
  await expect(info).toHaveCount(0);
  await expect(windowNamed(page, 'Restore Status')).toBeVisible();
}

/** Start ▸ Programs ▸ Command Prompt: type the command, wait for the prompt, then exit (the window closes again). */
async function commandLine(page: Page, line: string): Promise<void> {
  const cmd = await CommandPrompt.open(page);
  await cmd.type(line);
  await cmd.waitForPrompt();
  await cmd.exit();
}

/** Inbox > Compose > New Message, with a delivery receipt requested on the Options tab. */
async function sendMail(page: Page, e: Of<'mail.send'>): Promise<void> {
  const w = await openProgram(page, 'inbox');
  await w.getByRole('menuitem', { name: 'Compose', exact: true }).click();
  await menuItem(page, 'New Message').click();
  const compose = windowNamed(page, 'New Message');
  await compose.getByLabel('To', { exact: true }).fill(e.to);
  await compose.getByLabel('Subject', { exact: true }).fill(e.subject);
  await compose.getByRole('tab', { name: 'Options' }).click();
  await setTick(compose, 'Request a delivery receipt', e.receipt);
  await compose.getByRole('button', { name: 'Send' }).click();
  await expect(compose).toHaveCount(0);
}

/** Instructor > Inject a fault. */
async function injectFault(page: Page, fault: Of<'fault.inject'>['fault']): Promise<void> {
  const panel = instructorPanel(page);
  await panel.getByLabel('Fault:').selectOption({ label: FAULT_LABELS[fault.kind] });
  if ('node' in fault) await panel.getByLabel('Node:').selectOption(fault.node);
  if (fault.kind === 'resource-failure') await panel.getByLabel('Resource:').selectOption(fault.resource);
  if (fault.kind === 'rip-key-deleted') await panel.getByLabel('Service:').selectOption(fault.service);
  await panel.getByRole('button', { name: 'Inject fault', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: /^Injected: / })).toBeVisible();
}

/** The clicks a trainee (or, for faults, the instructor) makes for one machine event. */
export async function perform(page: Page, step: UiStep): Promise<void> {
  const e = step.event;
  switch (e.type) {
    case 'app.open': await openProgram(page, e.app as App); return;
    case 'app.close': await exitProgram(page, e.app as App); return;
    case 'cluster.selectGroup': await selectExchangeGroup(page); return;
    case 'resource.takeOffline':
    case 'resource.bringOnline':
      await resourceRow(page, e.resource).click({ button: 'right' });
      await menuItem(page, e.type === 'resource.takeOffline' ? 'Take Offline' : 'Bring Online').click();
      return;
    case 'group.bringOnline':
    case 'group.takeOffline':
    case 'group.move':
      await clickTree(page, e.group, 'right');
      await menuItem(page, e.type === 'group.move' ? 'Move Group' : e.type === 'group.bringOnline' ? 'Bring Online' : 'Take Offline').click();
      return;
    case 'service.start': case 'service.stop': await serviceCommand(page, e); return;
    case 'backup.restore': await restore(page, e); return;
    case 'backup.abort': await pushButton(windowNamed(page, 'Restore Status'), 'Abort').click(); return;
    case 'database.softRecovery': await commandLine(page, e.tool === 'isinteg' ? 'isinteg -patch' : `eseutil /r /${e.service === 'MSExchangeIS' ? 'is' : 'ds'}`); return;
    case 'registry.deleteKey': await deleteRegistryKey(page, e.path); return;
    case 'registry.addKey': await addRegistryKey(page, e.path, e.name); return;
    case 'registry.setValue': await setRegistryValue(page, e); return;
    case 'mail.send': await sendMail(page, e); return;
    case 'console.switch':
      await page.getByRole('group', { name: 'Console' }).getByRole('button', { name: e.node, exact: true }).click();
      await expect(page.getByRole('group', { name: 'Console' }).getByRole('button', { name: e.node, exact: true })).toHaveAttribute('aria-pressed', 'true');
      return;
    case 'node.down': await injectFault(page, { kind: 'node-down', node: e.node }); return;
    case 'node.up': await page.getByRole('main', { name: `${e.node} console` }).getByRole('button', { name: 'Power on', exact: true }).click(); return;
    case 'fault.inject': await injectFault(page, e.fault); return;
    case 'attempt.abandon':
      await page.getByRole('group', { name: 'Lab commands' }).getByRole('button', { name: 'Stop…', exact: true }).click();
      await pushButton(messageBox(page, 'Stop attempt'), 'Yes').click();
      return;
    case 'dialog.dismiss': await answerWorldBox(page, step); return;
    default: throw new Error(`no UI action for ${e.type}`);
  }
}

/** The box a program shows when the engine refused the action. */
export async function answerRefusal(page: Page, message: string): Promise<void> {
  const box = page.getByRole('alertdialog').filter({ hasText: message.slice(0, 40) });
  await expect(box).toBeVisible();
  await pushButton(box, 'OK').click();
  await expect(box).toHaveCount(0);
}

