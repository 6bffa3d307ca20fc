import { describe, expect, test } from 'vitest';
import { createLab, type LabDriver } from '../testing/lab-driver.ts';
import { RES, ripPath } from '../world/names.ts';
import { BRANCHES, BRANCH_IDS } from './branches.ts';
import type { Branch } from './mistakes.ts';

/**
 * Issue 10 item 5: every number a branch's texts name (event IDs, error codes) is one the engine
 * really produces on that branch, so the explanation and the screen cannot drift apart.
 */

const ready = () => createLab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup();
const restored = () => ready().restore();
const aborted = (items?: ('Directory' | 'Information Store')[]) => ready().restore({ items }, { settle: false }).send({ type: 'clock.tick', ms: 5000 }).abortRestore();

/** One or more ways into each branch; together they show every symptom the branch's texts name. */
const DRIVES: Record<Branch, (() => LabDriver)[]> = {
  F1: [() => createLab().startClusterAdministrator().selectGroup().startBackup().restore()],
  F2: [() => restored().startClusterAdministrator().bringOnline(RES.ds)],
  F3: [() => restored().open('services').startService('MSExchangeDS').startClusterAdministrator().bringOnline(RES.is)],
  F4: [() => restored().startClusterAdministrator().bringGroupOnline()],
  F5: [() => ready().restore({ destination: 'NODE1' })],
  F6: [
    () => ready().restore({ erase: false }).open('services').startService('MSExchangeDS'),
    () => ready().restore({ erase: false, items: ['Information Store'] }).open('services').startService('MSExchangeIS'),
  ],
  F7: [() => ready().restore({ public: false }).open('services').startService('MSExchangeDS').startService('MSExchangeIS')],
  // A no-loss restore of the store (old logs kept), then isinteg -patch before its first start (Q231299).
  F8: [() => ready().restore({ items: ['Directory'] }).restore({ items: ['Information Store'], erase: false }).open('services').startService('MSExchangeDS')
    .send({ type: 'database.softRecovery', node: 'NODE1', service: 'MSExchangeIS', tool: 'isinteg' }).startService('MSExchangeIS')],
  F9: [
    () => restored().open('registry-editor').deleteRipKey('MSExchangeDS').open('services').startService('MSExchangeDS'),
    () => restored().send({ type: 'registry.setValue', node: 'NODE1', path: ripPath('MSExchangeIS'), name: 'EDB_RstMap', valueType: 'REG_MULTI_SZ', data: ['x'] }).open('services').startService('MSExchangeIS'),
  ],
  F10: [
    () => aborted().open('services').startService('MSExchangeDS'),
    () => aborted(['Information Store']).open('services').startService('MSExchangeIS'),
  ],
  F11: [() => createLab({ setup: { installedOrg: 'examplecorp' } }).startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup().restore().open('services').startService('MSExchangeIS')],
  F12: [() => restored().open('services').startService('MSExchangeDS').startService('MSExchangeIS').stopService('Microsoft Exchange System Attendant')],
  F13: [() => restored().on('NODE2').open('services').startService('Microsoft Exchange Directory')],
  F14: [() => restored().nodeDown('NODE2').open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA').sendTestMessage().stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline().moveGroup()],
  F15: [
    () => createLab().startClusterAdministrator().selectGroup().takeGroupOffline().startBackup().restore(),
    () => createLab().startClusterAdministrator().selectGroup().takeOffline(RES.disk).startBackup().restore(),
  ],
};

/** Event IDs and error numbers in a text: -528, 1068, 0xc8000235, c7ff0007 (not KB numbers, steps or versions). */
const NUMBER = /(?<![\w.])(0x[0-9a-f]+|c[0-9a-f]{7}|-?\d{3,})(?![\w.]?\w)/gi;
const value = (token: string) => (/^(0x|c)/i.test(token) ? parseInt(token.replace(/^0x/i, ''), 16) : Number(token));
const numbersIn = (text: string) => [...text.matchAll(NUMBER)].map((m) => m[1]);

/** Everything a trainee could read on this branch: event IDs, event texts, message boxes. */
function seenNumbers(lab: LabDriver): Set<number> {
  const out = new Set<number>();
  for (const e of [...lab.world.eventLogs.NODE1, ...lab.world.eventLogs.NODE2]) {
    if (e.at < 0) continue;
    out.add(e.eventId);
    for (const n of numbersIn(e.description)) out.add(value(n));
  }
  for (const d of lab.world.dialogs) for (const n of numbersIn(d.text)) out.add(value(n));
  return out;
}

describe('branch texts name only what the engine produces', () => {
  test('the number reader finds event IDs and errors, not KB numbers, steps or versions', () => {
    expect(numbersIn('event 1002 with -528, 0x57 or c7ff0007 (Q200941, KB step 2, 5.5.2653)')).toEqual(['1002', '-528', '0x57', 'c7ff0007']);
    expect(value('0x00000057')).toBe(value('0x57'));
  });

  test('every branch has a drive', () => {
    expect(Object.keys(DRIVES).sort()).toEqual([...BRANCH_IDS].sort());
  });

  test.each(BRANCH_IDS)('%s', (branch) => {
    const { state, meta, edge } = BRANCHES[branch];
    const target = branch === 'F11' ? state : `failure.${state}`;
    const seen = new Set<number>();
    for (const drive of DRIVES[branch]) {
      const lab = drive().settle();
      expect(lab.snapshot.context.trail.map((t) => t.to), `a drive of ${branch} reaches ${target}`).toContain(target);
      for (const n of seenNumbers(lab)) seen.add(n);
    }
    for (const text of [meta.summary, meta.explanation, edge.explanation]) {
      for (const n of numbersIn(text)) expect(seen.has(value(n)), `${branch} names ${n}, which the engine never shows on this branch`).toBe(true);
    }
  });
});
