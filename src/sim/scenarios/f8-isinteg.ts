import type { SimEvent } from '../events.ts';
import { handBackAndFailoverSteps, restoreSteps, takeDirectoryOfflineSteps } from './standard.ts';
import { close, dismiss, open, startService, tick } from './steps.ts';
import type { Scenario } from './types.ts';

/** F8 (Q231299): isinteg -patch after an online restore that kept the old logs. */

const storeAgain = (erase: boolean) => restoreSteps('NODE1', { items: ['Information Store'], erase });

export const f8Scenario: Scenario = {
  id: 'f8-isinteg-patch',
  title: 'F8: isinteg -patch after an online restore',
  briefing:
    'On NODE1 the Directory was restored from tape, then the Information Store in a second pass, keeping the log files already on the disk ' +
    '(Erase all existing data cleared). The Directory started from Control Panel. A colleague used to offline restores then ran isinteg -patch ' +
    'at a Command Prompt before starting the Information Store, and the store would not start. Read the event log, find out why (Q231299) ' +
    'and finish KB Q238063.',
  branch: 'F8',
  setup: {},
  prelude: [
    ...takeDirectoryOfflineSteps('NODE1'),
    ...restoreSteps('NODE1', { items: ['Directory'] }),
    ...storeAgain(false),
    open('NODE1', 'services'),
    ...startService('NODE1', 'MSExchangeDS'),
    open('NODE1', 'command-prompt'),
    { type: 'database.softRecovery', node: 'NODE1', service: 'MSExchangeIS', tool: 'isinteg' },
    close('NODE1', 'command-prompt'),
    ...startService('NODE1', 'MSExchangeIS'),
  ],
  success: { kind: 'done' },
  // Q231299: restore the store again (this time erasing what is there), start it from Control Panel, no isinteg.
  solution: [
    dismiss(128),
    ...storeAgain(true),
    ...startService('NODE1', 'MSExchangeIS'),
    ...startService('NODE1', 'MSExchangeMTA'),
    open('NODE1', 'inbox'),
    { type: 'mail.send', node: 'NODE1', to: 'Administrator', subject: 'Restore test', receipt: true } satisfies SimEvent,
    tick(),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};
