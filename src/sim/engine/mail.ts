import { RES, VIRTUAL_SERVER, type NodeName } from '../world/names.ts';
import type { World } from '../world/types.ts';
import type { Draft } from './draft.ts';
import { schedule } from './effects.ts';
import { simError, type SimError } from './result.ts';
import { exchangeOwner, nodeRuns } from './topology.ts';

/** Mail flows when the owner runs SA, DS, IS and MTA and clients can reach the virtual server. */
export function mailFlows(w: World): boolean {
  const owner = exchangeOwner(w);
  const svc = w.services[owner];
  const res = w.cluster.resources;
  return (
    nodeRuns(w, owner) &&
    res[RES.networkName].status === 'Online' &&
    res[RES.disk].status === 'Online' &&
    (['MSExchangeSA', 'MSExchangeDS', 'MSExchangeIS', 'MSExchangeMTA'] as const).every((s) => svc[s].status === 'Started')
  );
}

/** The Inbox: a message to yourself, optionally with a delivery receipt (Q247109's test). */
export function sendMail(d: Draft, node: NodeName, to: string, subject: string, receipt: boolean): SimError | null {
  if (!nodeRuns(d.w, node)) return simError('node-down', `The computer \\\\${node} is not available.`);
  if (!to.trim()) return simError('invalid-argument', 'There must be at least one name in the To box.');
  const sender = 'Administrator';
  d.w.mail.outbox.push({ id: d.nextId(), kind: 'message', from: sender, to: to.trim(), subject: subject || '(no subject)', sentAt: d.w.clock, deliveredAt: null, sentSeq: receipt ? d.w.seq : -d.w.seq });
  schedule(d, [{ kind: 'deliver-mail' }], 3000);
  return null;
}

/** Delivers everything in the outbox if mail flows; otherwise it waits there. */
export function flushOutbox(d: Draft): void {
  if (d.w.mail.outbox.length === 0 || !mailFlows(d.w)) return;
  for (const m of d.w.mail.outbox) {
    const delivered = { ...m, deliveredAt: d.w.clock };
    d.w.mail.inbox.push(delivered);
    if (m.sentSeq > 0) {
      d.w.mail.inbox.push({ ...delivered, id: d.nextId(), kind: 'receipt', from: `System Administrator (${VIRTUAL_SERVER})`, subject: `Delivered: ${m.subject}` });
    }
  }
  d.w.mail.outbox = [];
}
