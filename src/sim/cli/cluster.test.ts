import { describe, expect, test } from 'vitest';
import { currentStateId } from '../selectors.ts';
import { passTime, typeLine } from './lab-console.ts';
import { freshConsole, printedSince, restoredConsole } from './test-fixtures.ts';

describe('cluster.exe', () => {
  test('cluster group lists every group in cluster.exe\'s columns', () => {
    const before = freshConsole();
    const lc = typeLine(before, 'cluster group');
    expect(printedSince(before, lc)).toBe(
      'cluster group\nListing status for all available resource groups:\n\n' +
      'Group                Node            Status\n' +
      '-------------------- --------------- ------\n' +
      'Cluster Group        NODE1           Online\n' +
      'Exchange Cluster     NODE1           Partial Online\n\nC:\\>');
  });

  test('cluster node and cluster resource "<r>" /status', () => {
    const lc = typeLine(typeLine(freshConsole(), 'cluster node'), 'cluster resource "Exchange IP Address" /status');
    expect(lc.console.screen).toContain('Node           Node ID Status\n-------------- ------- ---------------------\nNODE1                1 Up\nNODE2                2 Up\n');
    expect(lc.console.screen).toContain("Listing status for resource 'Exchange IP Address':\n\nResource             Group                Node            Status\n");
    expect(lc.console.screen).toContain('Exchange IP Address  Exchange Cluster     NODE1           Online\n');
    expect(lc.sent).toEqual([]);
  });

  test('unknown names give the cluster API errors; nothing is sent', () => {
    const lc = typeLine(typeLine(freshConsole(), 'cluster resource "No Such" /online'), 'cluster group Nope /offline');
    expect(lc.console.screen).toContain('System error 5007 has occurred (0x0000138f).\nThe cluster resource could not be found.');
    expect(lc.console.screen).toContain('System error 5013 has occurred (0x00001395).\nThe cluster group could not be found.');
    expect(lc.sent).toEqual([]);
  });

  test('/offline on the Directory is KB step 2, as in Cluster Administrator', () => {
    const start = typeLine(freshConsole(), 'cluster resource "Microsoft Exchange Directory" /offline');
    expect(start.sent).toEqual([{ type: 'resource.takeOffline', resource: 'Microsoft Exchange Directory' }]);
    expect(start.console.screen).toContain("Taking resource 'Microsoft Exchange Directory' offline...\n\n");
    expect(start.console.screen).toMatch(/Microsoft Exchange Directory Exchange Cluster     NODE1           Offline Pending\n/);
    const done = passTime(start, 30_000);
    expect(done.snapshot.context.world.cluster.resources['Microsoft Exchange Directory'].status).toBe('Offline');
  });

  test('/online on the Directory after the restore is F2, exactly as the GUI', () => {
    const lc = passTime(typeLine(restoredConsole(), 'cluster resource "Microsoft Exchange Directory" /online'), 10 * 60_000, 5000);
    expect(lc.sent[0]).toEqual({ type: 'resource.bringOnline', resource: 'Microsoft Exchange Directory' });
    expect(lc.console.screen).toContain("Bringing resource 'Microsoft Exchange Directory' online...");
    expect(currentStateId(lc.snapshot)).toBe('failure.directoryFailed');
    expect(lc.snapshot.context.trail.at(-1)).toMatchObject({ to: 'failure.directoryFailed', kind: 'mistake', severity: 'critical' });
  });

  test('a refusal from the engine prints 5023', () => {
    const lc = typeLine(freshConsole(), 'cluster group "Cluster Group" /online');
    expect(lc.console.screen).toContain('System error 5023 has occurred (0x0000139f).\nThe group or resource is not in the correct state to perform the requested operation.');
  });

  test('/move sends Move Group; /move to its own owner moves nothing', () => {
    const same = typeLine(freshConsole(), 'cluster group "Exchange Cluster" /move:NODE1');
    expect(same.sent).toEqual([]);
    const move = typeLine(freshConsole(), 'cluster CLUSTER1 group "exchange cluster" /moveto:node2');
    expect(move.sent).toEqual([{ type: 'group.move', group: 'Exchange Cluster' }]);
    expect(move.console.screen).toContain("Moving resource group 'Exchange Cluster'...\n\nGroup");
  });
});
