import { expectedRstMap } from '../engine/database.ts';
import { ripPath } from '../world/names.ts';
import { handBackAndFailoverSteps, restoreSteps, startAndVerifySteps, takeDirectoryOfflineSteps } from './standard.ts';
import { close, open, restoreAgain, startService } from './steps.ts';
import type { Scenario } from './types.ts';

/** F9 without a symptom: EDB_RstMap well formed, but the old/new pairs swapped (Q262041). */
const [privOld, privNew, pubOld, pubNew] = expectedRstMap('MSExchangeIS');
const swapped = [privOld, pubNew, pubOld, privNew];

export const f9SilentScenario: Scenario = {
  id: 'f9-silent-loss',
  title: 'F9: Restore in Progress key edited, mail silently lost',
  briefing:
    'The restore of EXCHVS1 completed on NODE1. A colleague then "checked" the Information Store\'s Restore in Progress key in Regedt32 and ' +
    'retyped its EDB_RstMap value before starting the Directory and the Information Store from Control Panel. Both started and the event ' +
    'log shows a normal replay, yet the Administrator mailbox misses the mail that arrived last evening before the backup. ' +
    'Find out why and restore it properly (KB Q238063; Q200941 describes the key, Q262041 what a wrong EDB_RstMap does).',
  branch: 'F9',
  setup: { mailboxHistory: true },
  prelude: [
    ...takeDirectoryOfflineSteps('NODE1'),
    ...restoreSteps('NODE1'),
    { type: 'registry.setValue', node: 'NODE1', path: ripPath('MSExchangeIS'), name: 'EDB_RstMap', valueType: 'REG_MULTI_SZ', data: swapped },
    open('NODE1', 'services'),
    ...startService('NODE1', 'MSExchangeIS'),
    close('NODE1', 'services'),
  ],
  success: { kind: 'done' },
  // Restore again: NT Backup stops the services started from Control Panel and writes a fresh key.
  solution: [
    open('NODE1', 'backup'),
    ...restoreAgain('NODE1'),
    close('NODE1', 'backup'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};
