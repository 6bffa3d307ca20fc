import type { SimEvent } from '../events.ts';
import type { World } from '../world/types.ts';
import { abortRestore, loadCatalog, startRestore } from './backup.ts';
import { bringGroupOnline, bringResourceOnline, initiateFailure, moveGroup, takeGroupOffline, takeResourceOffline } from './cluster.ts';
import { closeApp, dismissDialog, openApp, selectGroup, switchConsole } from './console.ts';
import { Draft } from './draft.ts';
import { setGroupPolicy } from './group-policy.ts';
import { setNetworkPriority } from './network-priority.ts';
import { injectFault } from './faults.ts';
import { softRecovery } from './offline-tools.ts';
import { flushOutbox, sendMail } from './mail.ts';
import { nodeDown, nodeUp, pauseNode, resumeNode } from './nodes.ts';
import { advanceOps } from './ops.ts';
import { addKey, deleteKey, deleteValue, setValue } from './registry.ts';
import { simError, type Outcome, type SimError } from './result.ts';
import { scmContinue, scmPause } from './service-pause.ts';
import { scmStart, scmStop } from './services.ts';

/** Longest single tick; the scheduler sends small ones, this only guards against nonsense. */
const MAX_TICK_MS = 10 * 60_000;

function dispatch(d: Draft, e: SimEvent): SimError | null {
  switch (e.type) {
    case 'app.open': return openApp(d, e.node, e.app);
    case 'app.close': return closeApp(d, e.node, e.app);
    case 'console.switch': return switchConsole(d, e.node);
    case 'cluster.selectGroup': return selectGroup(d, e.node, e.group);
    case 'resource.takeOffline': return takeResourceOffline(d, e.resource);
    case 'resource.bringOnline': return bringResourceOnline(d, e.resource);
    case 'resource.initiateFailure': return initiateFailure(d, e.resource);
    case 'group.takeOffline': return takeGroupOffline(d, e.group);
    case 'group.bringOnline': return bringGroupOnline(d, e.group);
    case 'group.move': return moveGroup(d, e.group);
    case 'group.setProperties': return setGroupPolicy(d, e.group, e);
    case 'cluster.setNetworkPriority': return setNetworkPriority(d, e.networks);
    case 'service.start': return scmStart(d, e.node, e.service, e.app);
    case 'service.stop': return scmStop(d, e.node, e.service, e.withDependants ?? false);
    case 'service.pause': return scmPause(d, e.node, e.service);
    case 'service.continue': return scmContinue(d, e.node, e.service);
    case 'backup.catalog': return loadCatalog(d, e.node);
    case 'backup.restore': return startRestore(d, e);
    case 'backup.abort': return abortRestore(d, e.node);
    case 'database.softRecovery': return softRecovery(d, e.node, e.service, e.tool);
    case 'registry.addKey': return addKey(d, e.node, e.path, e.name);
    case 'registry.setValue': return setValue(d, e.node, e.path, e.name, e.valueType, e.data);
    case 'registry.deleteKey': return deleteKey(d, e.node, e.path);
    case 'registry.deleteValue': return deleteValue(d, e.node, e.path, e.name);
    case 'mail.send': return sendMail(d, e.node, e.to, e.subject, e.receipt);
    case 'dialog.dismiss': return dismissDialog(d, e.id);
    case 'node.down': return nodeDown(d, e.node);
    case 'node.up': return nodeUp(d, e.node);
    case 'node.pause': return pauseNode(d, e.node);
    case 'node.resume': return resumeNode(d, e.node);
    case 'fault.inject': return injectFault(d, e.fault);
    case 'clock.tick':
      if (!(e.ms > 0 && e.ms <= MAX_TICK_MS)) return simError('invalid-argument', `A clock tick must be between 1 and ${MAX_TICK_MS} ms.`);
      advanceOps(d, e.ms);
      return null;
    case 'attempt.abandon':
      return null;
    default:
      return simError('invalid-argument', `Unknown event '${(e as { type?: unknown }).type}'.`);
  }
}

/** Runs the rule for `event` on a fresh draft of `world`: the one code path for applying and for asking. */
function tryEvent(world: World, event: SimEvent): { d: Draft; error: SimError | null } {
  const d = new Draft(world);
  d.w.seq = world.seq + 1;
  try {
    return { d, error: event && typeof event === 'object' ? dispatch(d, event) : simError('invalid-argument', 'An event must be an object.') };
  } catch (cause) {
    // A malformed payload (missing fields from an old or hand-edited log) must not take the lab down.
    return { d, error: simError('invalid-argument', `The event '${event?.type}' could not be applied: ${(cause as Error).message}`) };
  }
}

/**
 * Applies one event to the world by the engine rules. Pure: never mutates `world`, never throws
 * for bad input; a refused action returns the unchanged world and a typed error.
 */
export function applyEvent(world: World, event: SimEvent): Outcome {
  const { d, error } = tryEvent(world, event);
  if (error) return { ok: false, error, world };
  flushOutbox(d);
  return { ok: true, world: d.finish() };
}

/**
 * Would the engine accept `event` in `world` now? A dry run of the very rule `applyEvent` runs, so
 * a button's enablement cannot drift from the engine. Pure; copies only the world sections that
 * rule touches (a few microseconds), so selectors may call it on every render.
 */
export function engineAccepts(world: World, event: SimEvent): boolean {
  return tryEvent(world, event).error === null;
}
