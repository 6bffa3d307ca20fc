import { expect, type Page } from '@playwright/test';
import { ATTEMPT_VERSION, type Attempt } from '../../src/sim/attempt/attempt.ts';
import type { StateMeta } from '../../src/sim/machines/meta.ts';
import { ripKeyPresent } from '../../src/sim/machines/predicates.ts';
import { procedureMachine } from '../../src/sim/machines/procedure-machine.ts';
import { findScenario } from '../../src/sim/scenarios/catalog.ts';
import { scoreAttempt } from '../../src/sim/scoring/score.ts';
import { SERVICE_DISPLAY, RES, type ExchangeService } from '../../src/sim/world/names.ts';
import type { EventLogEntry } from '../../src/sim/world/types.ts';
import { resourceRow, selectExchangeGroup } from './cluster-admin.ts';
import { expectRipKeys } from './registry.ts';
import { EventViewer } from '../support/event-viewer.ts';
import { Services } from '../support/services.ts';
import { expectMapAt, exitProgram, instructorPanel, mapNode, openProgram, programWindow, tidy, windowNamed } from './lab.ts';
import { SCENARIO, SEED, type Plan } from './plan.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const metaOf = (id: string) => procedureMachine.getStateNodeById(`lab.${id}`).meta as StateMeta;
const OUTCOME = { completed: 'Completed', 'stopped-correctly': 'Stopped correctly', stopped: 'Stopped', unfinished: 'Unfinished' } as const;

/** The map and the instructor's coach column both say where the procedure stands. */
async function expectMapAndCoach(page: Page, id: string): Promise<void> {
  const meta = metaOf(id);
  await expectMapAt(page, id);
  await expect(mapNode(page, id)).toHaveAccessibleName(new RegExp(`${escape(meta.title)} — Current step$`));
  const panel = instructorPanel(page);
  const off = meta.kind === 'mistake' || meta.kind === 'terminal';
  await expect(panel.getByRole('heading', { name: `${off ? 'Off the procedure: ' : 'Now: '}${meta.title}`, exact: true })).toBeVisible();
  const current = panel.getByRole('list', { name: 'Steps of Q238063' }).getByRole('listitem').filter({ hasText: meta.title });
  if (id.startsWith('main.')) await expect(current).toHaveAttribute('aria-current', 'step');
}

/** Cluster Administrator lists the Directory and the Information Store in the states the world gives them. */
async function expectClusterAdmin(page: Page, plan: Plan): Promise<void> {
  const w = plan.final.context.world;
  const wasOpen = (await programWindow(page, 'cluster-admin').count()) > 0;
  await openProgram(page, 'cluster-admin');
  await selectExchangeGroup(page);
  for (const r of [RES.ds, RES.is]) {
    await expect(resourceRow(page, r).getByRole('cell', { name: w.cluster.resources[r].status, exact: true }), `${r} should be ${w.cluster.resources[r].status}`).toBeVisible();
  }
  if (!wasOpen) await exitProgram(page, 'cluster-admin');
}

/** Control Panel > Services shows the Exchange services as the world has them on this console. */
async function expectServices(page: Page, plan: Plan): Promise<void> {
  const w = plan.final.context.world;
  const statuses = w.services[w.consoles.active];
  await openProgram(page, 'services');
  const services = new Services(page);
  for (const s of ['MSExchangeSA', 'MSExchangeDS', 'MSExchangeIS', 'MSExchangeMTA'] as ExchangeService[]) {
    await expect(services.status(SERVICE_DISPLAY[s]), `${s} should be ${statuses[s].status}`).toHaveText(statuses[s].status === 'Stopped' ? '' : statuses[s].status);
  }
  await services.close();
}

/** The event the last action wrote on this console (the branch's event for a failure) is in Event Viewer. */
export function lastActionEvent(plan: Plan): EventLogEntry | undefined {
  const w = plan.final.context.world;
  const node = w.consoles.active;
  const before = new Set(plan.beforeLast.context.world.eventLogs[node].map((e) => e.id));
  const written = w.eventLogs[node].filter((e) => !before.has(e.id) && e.log !== 'Security');
  return written.find((e) => e.type === 'Error') ?? written.at(-1);
}

async function expectEvent(page: Page, plan: Plan, e: EventLogEntry): Promise<void> {
  const node = plan.final.context.world.consoles.active;
  if (e.log === 'Security') throw new Error('the lab writes no Security events');
  const viewer = await EventViewer.open(page, node, e.log);
  await expect(viewer.rows(e.source, e.eventId).first(), `${e.log} log on ${node} should show ${e.source} ${e.eventId}`).toBeVisible();
  await viewer.close();
}

/** Finished: the report opens by itself, with the outcome the scoring gives the same actions. */
async function expectReport(page: Page, plan: Plan): Promise<void> {
  const scenario = findScenario(SCENARIO)!;
  const attempt: Attempt = { version: ATTEMPT_VERSION, scenarioId: SCENARIO, seed: SEED, events: plan.events.map((event) => ({ event, at: 0 })) };
  const report = scoreAttempt(attempt, scenario);
  const dialog = windowNamed(page, `Report: ${scenario.title}`);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Instructor · ${OUTCOME[report.outcome]}`);
  await expect(dialog).toContainText(/Score: \d+ \/ 100/);
}

/**
 * At the end of the path the console and the map agree with the machine: the map's current node,
 * the coach's current step, and a fact of the console the world implies there.
 */
export async function expectAgreement(page: Page, plan: Plan): Promise<string[]> {
  const facts: string[] = [];
  const w = plan.final.context.world;
  await expectMapAndCoach(page, plan.target);
  if (plan.final.status !== 'active') {
    await expectReport(page, plan);
    facts.push('report');
  } else if (w.backup.restores.some((r) => r.status === 'running')) {
    const status = windowNamed(page, 'Restore Status');
    await expect(status).toContainText('Restoring');
    await expect(status.getByRole('progressbar', { name: 'Restore progress' })).not.toHaveAttribute('aria-valuenow', '100');
    facts.push('Restore Status running');
  } else {
    await tidy(page);
    if (plan.target === 'main.prepare' || plan.transient) {
      await expectServices(page, plan);
      facts.push('Services');
    } else if (w.ops.length === 0) {
      await expectClusterAdmin(page, plan);
      facts.push('Cluster Administrator');
    }
    const last = plan.steps.findLast((s) => !s.aux)?.event;
    if (last?.type.startsWith('registry.')) {
      const node = w.consoles.active;
      await expectRipKeys(page, { MSExchangeDS: ripKeyPresent(w, node, 'MSExchangeDS'), MSExchangeIS: ripKeyPresent(w, node, 'MSExchangeIS') });
      facts.push('Registry Editor');
    }
    const event = lastActionEvent(plan);
    if (event) {
      await expectEvent(page, plan, event);
      facts.push(`Event Viewer ${event.source} ${event.eventId}`);
    }
    const boxes = plan.steps.filter((s) => s.box && s.expect === plan.target);
    if (boxes.length) facts.push(`message box ${boxes.map((s) => s.box!.title).join(', ')}`);
  }
  // Looking did not move the procedure.
  await expectMapAndCoach(page, plan.target);
  if (!facts.length) throw new Error(`no console fact checked for ${plan.target}`);
  return facts;
}
