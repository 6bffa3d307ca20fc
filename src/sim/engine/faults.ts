import type { Fault } from '../events.ts';
import { ORGANIZATION, ripPath } from '../world/names.ts';
import { initiateFailure } from './cluster.ts';
import type { Draft } from './draft.ts';
import { nodeDown } from './nodes.ts';
import { deleteKey } from './registry.ts';
import { simError, type SimError } from './result.ts';

/** Instructor faults: each is a real thing that can happen to a cluster, applied through the rules. */
export function injectFault(d: Draft, fault: Fault): SimError | null {
  switch (fault.kind) {
    case 'node-down':
      return nodeDown(d, fault.node);
    case 'resource-failure':
      return initiateFailure(d, fault.resource);
    case 'rip-key-deleted':
      return deleteKey(d, fault.node, ripPath(fault.service));
    case 'tape-uncataloged':
      if (!d.w.tape.cataloged) return simError('wrong-state', 'The tape catalog is already missing.');
      d.w.tape.cataloged = false;
      return null;
    case 'org-mismatch':
      // F11: Exchange was reinstalled with the organisation name in the wrong case.
      if (d.w.installedOrg !== ORGANIZATION) return simError('wrong-state', 'The organisation name already differs.');
      d.w.installedOrg = ORGANIZATION.toLowerCase();
      return null;
  }
}
