import { describe, expect, test } from 'vitest';
import type { SimEvent } from '../events.ts';
import { createWorld } from '../world/initial-world.ts';
import { RES } from '../world/names.ts';
import { applyEvent } from './apply.ts';

const world = createWorld();
const refused = (event: SimEvent | Record<string, unknown>) => {
  const before = JSON.stringify(world);
  const outcome = applyEvent(world, event as SimEvent);
  expect(JSON.stringify(world)).toBe(before); // the input is never mutated
  expect(outcome.ok).toBe(false);
  if (outcome.ok) throw new Error('unreachable');
  expect(outcome.world).toBe(world);
  return outcome.error;
};

describe('invalid actions return a typed error and change nothing', () => {
  test.each([
    [{ type: 'resource.takeOffline', resource: 'Microsoft Exchange Nothing' }, 'unknown-resource'],
    [{ type: 'resource.bringOnline', resource: RES.ds }, 'wrong-state'],
    [{ type: 'resource.initiateFailure', resource: RES.is }, 'wrong-state'],
    [{ type: 'group.move', group: 'Nonexistent' }, 'unknown-group'],
    [{ type: 'group.bringOnline', group: 'Cluster Group' }, 'wrong-state'],
    [{ type: 'service.start', node: 'NODE1', service: 'MSExchangeDS' }, 'wrong-state'],
    [{ type: 'service.start', node: 'NODE3', service: 'MSExchangeDS' }, 'unknown-node'],
    [{ type: 'service.stop', node: 'NODE2', service: 'MSExchangeDS' }, 'wrong-state'],
    [{ type: 'service.stop', node: 'NODE1', service: 'MSExchangeDS' }, 'wrong-state'],
    [{ type: 'service.start', node: 'NODE1', service: 'MSExchangeXX' }, 'unknown-service'],
    [{ type: 'backup.catalog', node: 'NODE1' }, 'wrong-state'],
    [{ type: 'backup.restore', node: 'NODE1', items: [], destination: 'EXCHVS1', erase: true, private: true, public: true, startService: false }, 'invalid-argument'],
    [{ type: 'backup.abort', node: 'NODE1' }, 'wrong-state'],
    [{ type: 'registry.addKey', node: 'NODE1', path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\Nope', name: 'X' }, 'unknown-key'],
    [{ type: 'registry.addKey', node: 'NODE1', path: 'HKEY_LOCAL_MACHINE\\SYSTEM', name: 'CurrentControlSet' }, 'key-exists'],
    [{ type: 'registry.addKey', node: 'NODE1', path: 'HKEY_LOCAL_MACHINE\\SYSTEM', name: 'a\\b' }, 'invalid-argument'],
    [{ type: 'registry.setValue', node: 'NODE1', path: 'HKEY_LOCAL_MACHINE\\SYSTEM', name: 'X', valueType: 'REG_DWORD', data: 'ten' }, 'invalid-argument'],
    [{ type: 'registry.setValue', node: 'NODE1', path: 'HKEY_LOCAL_MACHINE\\SYSTEM', name: 'X', valueType: 'REG_BINARY', data: [256] }, 'invalid-argument'],
    [{ type: 'registry.deleteKey', node: 'NODE1', path: 'HKEY_LOCAL_MACHINE\\SYSTEM' }, 'access-denied'],
    [{ type: 'registry.deleteValue', node: 'NODE1', path: 'HKEY_LOCAL_MACHINE\\SYSTEM', name: 'Nope' }, 'unknown-value'],
    [{ type: 'mail.send', node: 'NODE1', to: '  ', subject: 'x', receipt: true }, 'invalid-argument'],
    [{ type: 'dialog.dismiss', id: 4242 }, 'unknown-dialog'],
    [{ type: 'node.up', node: 'NODE1' }, 'wrong-state'],
    [{ type: 'app.close', node: 'NODE1', app: 'backup' }, 'wrong-state'],
    [{ type: 'cluster.selectGroup', node: 'NODE1', group: 'Exchange Cluster' }, 'wrong-state'],
    [{ type: 'clock.tick', ms: -5 }, 'invalid-argument'],
    [{ type: 'clock.tick', ms: Number.NaN }, 'invalid-argument'],
    [{ type: 'fault.inject', fault: { kind: 'tape-uncataloged' } }, null],
    [{ type: 'no.such.event' }, 'invalid-argument'],
    [{ type: 'service.start' }, 'unknown-node'],
  ])('%j → %s', (event, code) => {
    if (code === null) {
      expect(applyEvent(world, event as SimEvent).ok).toBe(true);
      return;
    }
    const error = refused(event);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  test('a non-object event is refused, not thrown', () => {
    expect(refused(null as unknown as SimEvent).code).toBe('invalid-argument');
  });

  test('actions on a powered-off node are refused', () => {
    const down = applyEvent(world, { type: 'node.down', node: 'NODE2' }).world;
    const o = applyEvent(down, { type: 'app.open', node: 'NODE2', app: 'services' });
    expect(o.ok || o.error.code).toBe('node-down');
  });
});
