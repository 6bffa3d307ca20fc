import { describe, expect, test } from 'vitest';
import { createLab } from '../testing/lab-driver.ts';
import { RES } from '../world/names.ts';
import { connectExchange } from './exchange-connect.ts';

const RPC = 'Unable to connect to the Microsoft Exchange Server computer';

describe('connectExchange (Operations > Microsoft Exchange, Q146306)', () => {
  test('EXCHVS1 answers while its Network Name and IP Address are online, with the Directory and Information Store', () => {
    const lab = createLab();
    for (const name of ['EXCHVS1', 'exchvs1', ' \\\\EXCHVS1 ']) {
      expect(connectExchange(lab.world, name)).toEqual({ ok: true, view: { server: 'EXCHVS1', org: 'ExampleCorp', site: 'HQ', items: ['Directory', 'Information Store'] } });
    }
  });

  test('with the Directory offline (KB step 2) the virtual server still answers', () => {
    const lab = createLab().takeOffline(RES.ds);
    expect(connectExchange(lab.world, 'EXCHVS1').ok).toBe(true);
  });

  test('a node name, the cluster name or an unknown name gets the RPC error (Q314588)', () => {
    const lab = createLab();
    for (const name of ['NODE1', 'node2', 'CLUSTER1', 'MAILSRV']) {
      expect(connectExchange(lab.world, name)).toEqual({ ok: false, text: `${RPC} ${name.toUpperCase()}.\n\nThe RPC server is unavailable.` });
    }
  });

  test('EXCHVS1 gets the RPC error while its Network Name or IP Address is offline, and answers again once online', () => {
    const nameOff = createLab().takeOffline(RES.networkName);
    expect(connectExchange(nameOff.world, 'EXCHVS1')).toEqual({ ok: false, text: `${RPC} EXCHVS1.\n\nThe RPC server is unavailable.` });
    const groupOff = createLab().takeGroupOffline();
    expect(connectExchange(groupOff.world, 'EXCHVS1').ok).toBe(false);
    groupOff.bringOnline(RES.sa);
    expect(connectExchange(groupOff.world, 'EXCHVS1').ok).toBe(true);
  });

  test('a blank name is asked for again', () => {
    expect(connectExchange(createLab().world, '  ')).toEqual({ ok: false, text: 'Enter the name of a Microsoft Exchange Server computer.' });
  });
});
