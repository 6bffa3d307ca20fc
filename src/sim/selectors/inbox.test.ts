import { describe, expect, test } from 'vitest';
import { applyEvent } from '../engine/apply.ts';
import type { SimEvent } from '../events.ts';
import { createWorld } from '../world/initial-world.ts';
import type { World } from '../world/types.ts';
import { folderRows, formatReceived, messageText, outboxCount } from './inbox.ts';

function run(world: World, ...events: SimEvent[]): World {
  return events.reduce((w, e) => {
    const out = applyEvent(w, e);
    if (!out.ok) throw new Error(out.error.message);
    return out.world;
  }, world);
}

/** A world where mail flows: the scenario's damaged store replaced by a healthy one. */
const healthy = () => createWorld({ owner: 'NODE1', damaged: [], tapeCataloged: true, installedOrg: 'ExampleCorp', nodesDown: [], seed: 1 });

describe('Inbox selectors', () => {
  test('formatReceived is the Exchange client date', () => {
    expect(formatReceived(0)).toBe('Fri 8/20/99 9:00 AM');
    expect(formatReceived((4 * 3600 + 5 * 60) * 1000)).toBe('Fri 8/20/99 1:05 PM');
  });

  test('a message sent while the store is damaged waits in the Outbox', () => {
    const w = run(createWorld(), { type: 'mail.send', node: 'NODE1', to: 'Administrator', subject: 'Test', receipt: true }, { type: 'clock.tick', ms: 5000 });
    expect(outboxCount(w)).toBe(1);
    expect(folderRows(w, 'Outbox')).toMatchObject([{ from: 'Administrator', subject: 'Test', received: 'Fri 8/20/99 9:00 AM' }]);
    expect(folderRows(w, 'Inbox')).toEqual([]);
    expect(folderRows(w, 'Sent Items')).toEqual([]);
    expect(folderRows(w, 'Deleted Items')).toEqual([]);
  });

  test('when mail flows the message, its receipt and the sent copy appear', () => {
    const w = run(healthy(), { type: 'mail.send', node: 'NODE1', to: 'Administrator', subject: 'Test', receipt: true }, { type: 'clock.tick', ms: 5000 });
    expect(outboxCount(w)).toBe(0);
    const inbox = folderRows(w, 'Inbox');
    expect(inbox.map((r) => r.subject).sort()).toEqual(['Delivered: Test', 'Test']);
    expect(inbox[0].subject).toBe('Delivered: Test'); // newest first; same time, later id first
    expect(folderRows(w, 'Sent Items').map((r) => r.subject)).toEqual(['Test']);
    const receipt = inbox.find((r) => r.kind === 'receipt')!;
    expect(messageText(receipt)).toContain('Subject: Test');
    expect(messageText(receipt)).toContain('was delivered to the following recipient(s):');
    expect(messageText(inbox.find((r) => r.kind === 'message')!)).toBe('');
  });

  test('without a receipt only the message arrives', () => {
    const w = run(healthy(), { type: 'mail.send', node: 'NODE1', to: 'Administrator', subject: '', receipt: false }, { type: 'clock.tick', ms: 5000 });
    expect(folderRows(w, 'Inbox').map((r) => r.subject)).toEqual(['(no subject)']);
  });
});
