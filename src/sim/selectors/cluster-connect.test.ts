import { describe, expect, test } from 'vitest';
import { createLab } from '../testing/lab-driver.ts';
import { RES } from '../world/names.ts';
import { clustersOnNetwork, connectCluster, connectError, connectQuestion, nodeReached } from './cluster-connect.ts';
import { clusterProperties } from './cluster-properties.ts';

const refused = (name: string) => ({ ok: false, question: connectQuestion(name), error: connectError(name) });

describe('connectCluster (File > Open Connection, Q197382, Q228480)', () => {
  test('the cluster name, a node name, ".", and the cluster and node addresses open the lab cluster, in any case', () => {
    const w = createLab().world;
    for (const name of ['CLUSTER1', 'cluster1', ' \\\\Cluster1 ', 'NODE1', 'node2', '.', '192.168.10.20', '192.168.10.12', '10.0.0.1']) {
      expect(connectCluster(w, name, 'NODE1')).toEqual({ ok: true, cluster: 'CLUSTER1' });
    }
  });

  test('names reach the node that answers: "." is this console, a Network Name its owner node', () => {
    const w = createLab().world;
    expect(nodeReached(w, '.', 'NODE2')).toBe('NODE2');
    expect(nodeReached(w, 'node2', 'NODE1')).toBe('NODE2');
    expect(nodeReached(w, 'CLUSTER1', 'NODE2')).toBe(w.cluster.groups['Cluster Group'].owner);
    expect(nodeReached(w, 'EXCHVS1', 'NODE2')).toBe(w.cluster.groups['Exchange Cluster'].owner);
    expect(nodeReached(w, 'MAILSRV', 'NODE1')).toBeNull();
    expect(nodeReached(w, '   ', 'NODE1')).toBeNull();
  });

  test('an unknown name gets Q228480\'s question, then its RPC error 1722', () => {
    const w = createLab().world;
    expect(connectCluster(w, ' MAILSRV ', 'NODE1')).toEqual(refused('MAILSRV'));
    expect(connectQuestion('MAILSRV')).toBe(
      'A connection to the cluster at MAILSRV could not be opened. This may be caused by the Cluster Service on node MAILSRV not being started. ' +
        'Would you like Cluster Administrator to attempt to start the Cluster Service on node MAILSRV?',
    );
    expect(connectError('MAILSRV')).toBe('An error occurred trying to open the cluster at MAILSRV\n\nThe RPC server is unavailable.\nError ID: 1722 (000006ba)');
  });

  test('a node that is down does not answer; the other node and the cluster name still do', () => {
    const lab = createLab().nodeDown('NODE2');
    expect(connectCluster(lab.world, 'NODE2', 'NODE1')).toEqual(refused('NODE2'));
    expect(connectCluster(lab.world, 'NODE1', 'NODE1').ok).toBe(true);
    expect(connectCluster(lab.world, 'CLUSTER1', 'NODE1').ok).toBe(true);
  });

  test('a paused node still answers (it runs the Cluster Service)', () => {
    const lab = createLab().send({ type: 'node.pause', node: 'NODE2' });
    expect(lab.world.cluster.nodes.NODE2.status).toBe('Paused');
    expect(connectCluster(lab.world, 'NODE2', 'NODE1').ok).toBe(true);
  });

  test('the cluster name resolves only while its Network Name resource is online (Q228480\'s cause); a node name still works', () => {
    const lab = createLab().takeOffline(RES.clusterName);
    expect(connectCluster(lab.world, 'CLUSTER1', 'NODE1')).toEqual(refused('CLUSTER1'));
    expect(connectCluster(lab.world, 'NODE1', 'NODE1').ok).toBe(true);
    expect(clustersOnNetwork(lab.world)).toEqual([]);
    lab.bringOnline(RES.clusterName);
    expect(connectCluster(lab.world, 'CLUSTER1', 'NODE1').ok).toBe(true);
  });

  test('the virtual server name reaches its owner node while its Network Name is online [I]', () => {
    const lab = createLab();
    expect(connectCluster(lab.world, 'exchvs1', 'NODE1').ok).toBe(true);
    lab.takeOffline(RES.networkName);
    expect(connectCluster(lab.world, 'EXCHVS1', 'NODE1')).toEqual(refused('EXCHVS1'));
  });

  test('Browse lists the cluster while its name is online', () => {
    expect(clustersOnNetwork(createLab().world)).toEqual(['CLUSTER1']);
  });
});

describe('clusterProperties (Cluster Properties: General, Quorum, Network Priority)', () => {
  test('name, quorum on Disk Q: at Q:\\MSCS\\ reset at 64 KB, private network first (Q174794)', () => {
    const view = clusterProperties(createLab().world.cluster);
    expect(view).toMatchObject({
      name: 'CLUSTER1',
      description: '',
      quorum: { resource: 'Disk Q:', partition: 'Q:', rootPath: '\\MSCS\\', resetLogKb: 64 },
      networkPriority: ['Private', 'Public'],
    });
    expect(view.version).toContain('Build 1381');
  });
});
