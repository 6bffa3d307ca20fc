import { describe, expect, test } from 'vitest';
import { folderRows } from '../selectors/inbox.ts';
import { createLab } from '../testing/lab-driver.ts';
import { RES, ripPath } from '../world/names.ts';
import { findKey } from '../world/registry-tree.ts';
import { expectedRstMap } from './database.ts';

/** Issue 10 item 3: a well-formed EDB_RstMap with the wrong old/new pair is silent (Q262041). */
const restored = () => createLab({ setup: { mailboxHistory: true } }).startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup().restore();
const setMap = (data: string[]) => ({ type: 'registry.setValue' as const, node: 'NODE1' as const, path: ripPath('MSExchangeIS'), name: 'EDB_RstMap', valueType: 'REG_MULTI_SZ' as const, data });
const [privOld, privNew, pubOld, pubNew] = expectedRstMap('MSExchangeIS');
const inboxSubjects = (lab: ReturnType<typeof restored>) => folderRows(lab.world, 'Inbox').map((r) => r.subject);

describe('F9: EDB_RstMap with the wrong old/new pair', () => {
  test('the replay looks normal (ESE97 106/109/107, no error), the store starts, the key is consumed, and the logs\' mail is missing', () => {
    const lab = restored().send(setMap([privOld, pubNew, pubOld, privNew])).open('services').startService('MSExchangeIS');
    expect(lab.service('MSExchangeIS').status).toBe('Started');
    const app = lab.logEntries('Application').filter((e) => e.at >= 0);
    expect(app.filter((e) => e.source === 'ESE97').map((e) => e.eventId)).toEqual(expect.arrayContaining([106, 109, 107]));
    expect(app.filter((e) => e.type === 'Error')).toEqual([]);
    expect(lab.dialogs).toEqual([]);
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeIS'))).toBeUndefined();
    // Mail from before the logs' range is there; what only the skipped logs (0x36–0x3f) held is not.
    expect(inboxSubjects(lab)).toEqual(['Power work in the server room on Saturday', 'Weekly server checks']);
    expect(lab.step).toBe('failure.ripKeyProblem');
  });

  test('the right pair keeps every message', () => {
    const lab = restored().open('services').startService('MSExchangeIS');
    expect(inboxSubjects(lab)).toHaveLength(4);
    expect(lab.step).toBe('main.verifyMail');
  });

  test('a malformed value still fails loudly: 1081 error 0x57 (Q169859)', () => {
    const lab = restored().send(setMap([privOld, privNew, pubOld])).open('services').startService('MSExchangeIS');
    expect(lab.hasEvent('MSExchangeIS', 1081)?.description).toContain('0x00000057');
    expect(lab.service('MSExchangeIS').status).toBe('Stopped');
  });

  test('restoring again brings the mail back', () => {
    const lab = restored().send(setMap([privOld, pubNew, pubOld, privNew])).open('services').startService('MSExchangeIS');
    lab.restore().expectStep('main.startServices').startService('MSExchangeIS');
    expect(inboxSubjects(lab)).toHaveLength(4);
  });
});
