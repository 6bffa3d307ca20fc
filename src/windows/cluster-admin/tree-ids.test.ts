import { expect, test } from 'vitest';
import { ancestorsOf, groupId, isTreeId, nodeId, objectOf, parseTreeId, resourceId } from './tree-ids.ts';

test('tree ids round-trip, unknown ones fall back to the cluster', () => {
  expect(parseTreeId(groupId('Exchange Cluster'))).toEqual({ kind: 'group', group: 'Exchange Cluster' });
  expect(parseTreeId(nodeId('NODE2'))).toEqual({ kind: 'node', node: 'NODE2' });
  expect(parseTreeId('node-resources:NODE1')).toEqual({ kind: 'node-resources', node: 'NODE1' });
  expect(parseTreeId('config-folder:Networks')).toEqual({ kind: 'config-folder', folder: 'Networks' });
  expect(parseTreeId('groups')).toEqual({ kind: 'groups' });
  expect(parseTreeId('node:NODE3')).toEqual({ kind: 'cluster' });
  expect(parseTreeId('config-folder:Disks')).toEqual({ kind: 'cluster' });
  expect(isTreeId('cluster')).toBe(true);
  expect(isTreeId('node-groups:NODE2')).toBe(true);
  expect(isTreeId('type:IP Address')).toBe(false);
});

test('objects and ancestors', () => {
  expect(objectOf(resourceId('Disk E:'))).toEqual({ kind: 'resource', name: 'Disk E:' });
  expect(objectOf(groupId('Cluster Group'))).toEqual({ kind: 'group', name: 'Cluster Group' });
  expect(objectOf('cluster')).toEqual({ kind: 'cluster' });
  expect(objectOf('groups')).toBeNull();
  expect(objectOf(null)).toBeNull();
  expect(ancestorsOf(groupId('Exchange Cluster'))).toEqual(['cluster', 'groups']);
  expect(ancestorsOf('node-groups:NODE2')).toEqual(['cluster', 'node:NODE2']);
  expect(ancestorsOf('config-folder:Networks')).toEqual(['cluster', 'config']);
  expect(ancestorsOf('resources')).toEqual(['cluster']);
  expect(ancestorsOf('cluster')).toEqual([]);
});
