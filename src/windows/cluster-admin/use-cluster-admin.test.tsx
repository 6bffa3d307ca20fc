import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { standardScenario } from '../../sim/scenarios/standard.ts';
import { RES } from '../../sim/world/names.ts';
import { getWorld, labSession, sendLab, startLab } from '../../store/lab-session.ts';
import { clusterAdminUi } from './ui-store.ts';
import { useClusterAdmin } from './use-cluster-admin.ts';

const selectGroupEvents = () => labSession.getState().attempt.events.filter((e) => e.event.type === 'cluster.selectGroup').length;

beforeEach(() => {
  startLab(standardScenario, 'practice', 1);
  clusterAdminUi.setState({ byNode: {} });
  sendLab({ type: 'app.open', node: 'NODE1', app: 'cluster-admin' });
});
afterEach(cleanup);

test('selecting a group in the tree tells the world (KB step 1), once; folders do not', () => {
  const { result } = renderHook(() => useClusterAdmin('NODE1'));
  act(() => result.current.selectTree('groups'));
  expect(getWorld().consoles.selectedGroup.NODE1).toBeNull();
  expect(result.current.current).toBeNull();
  act(() => result.current.selectTree('group:Exchange Cluster'));
  expect(getWorld().consoles.selectedGroup.NODE1).toBe('Exchange Cluster');
  expect(result.current.current).toEqual({ kind: 'group', name: 'Exchange Cluster' });
  act(() => result.current.selectTree('group:Exchange Cluster'));
  expect(selectGroupEvents()).toBe(1);
});

test('the current object follows the pane that had focus last', () => {
  const { result } = renderHook(() => useClusterAdmin('NODE1'));
  act(() => result.current.selectTree('group:Exchange Cluster'));
  act(() => result.current.selectRow(`res:${RES.ds}`));
  expect(result.current.current).toEqual({ kind: 'resource', name: RES.ds });
  act(() => result.current.focusPane('tree'));
  expect(result.current.current).toEqual({ kind: 'group', name: 'Exchange Cluster' });
});

test('a command the world refuses shows its error in a message box; an accepted one does not', () => {
  const { result } = renderHook(() => useClusterAdmin('NODE1'));
  act(() => result.current.handlers.send({ type: 'resource.bringOnline', resource: RES.ds }));
  expect(result.current.modal).toEqual({ kind: 'message', icon: 'error', text: `The resource '${RES.ds}' is already online.` });
  act(() => result.current.closeModal());
  act(() => result.current.handlers.send({ type: 'resource.takeOffline', resource: RES.ds }));
  expect(result.current.modal).toBeNull();
  expect(getWorld().cluster.resources[RES.ds].status).toBe('Offline Pending');
  expect(result.current.view.cluster.resources[RES.ds].status).toBe('Offline Pending');
});

test('closing the program forgets its view; leaving the console keeps it', () => {
  const first = renderHook(() => useClusterAdmin('NODE1'));
  act(() => first.result.current.selectTree('resources'));
  first.unmount();
  expect(clusterAdminUi.getState().byNode.NODE1?.treeId).toBe('resources');
  const second = renderHook(() => useClusterAdmin('NODE1'));
  expect(second.result.current.pane.treeId).toBe('resources');
  act(() => second.result.current.handlers.exit());
  expect(getWorld().consoles.open.NODE1).not.toContain('cluster-admin');
  second.unmount();
  expect(clusterAdminUi.getState().byNode.NODE1).toBeUndefined();
});
