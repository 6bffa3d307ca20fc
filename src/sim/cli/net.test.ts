import { describe, expect, test } from 'vitest';
import { currentStateId } from '../selectors.ts';
import { typeLine, passTime } from './lab-console.ts';
import { freshConsole, printedSince, restoredConsole, typeAll } from './test-fixtures.ts';

describe('net start / net stop', () => {
  test('net start lists the started services under NT 4\'s heading', () => {
    const s = typeLine(freshConsole(), 'net start').console.screen;
    expect(s).toContain('These Windows NT services are started:\n\n   Alerter\n   Cluster Server\n');
    expect(s).toContain('   Microsoft Exchange Directory\n');
    expect(s).toContain('The command completed successfully.');
    expect(typeLine(freshConsole('NODE2'), 'net start').console.screen).not.toContain('Microsoft Exchange');
  });

  test('unknown service, a running one, a stopped one: NET HELPMSG messages', () => {
    const lc = typeAll(freshConsole(), ['net start nosuch', 'net start "Microsoft Exchange Directory"', 'net start server']);
    expect(lc.console.screen).toContain('The service name is invalid.\n\nMore help is available by typing NET HELPMSG 2185.');
    expect(lc.console.screen.match(/The requested service has already been started\.\n\nMore help is available by typing NET HELPMSG 2182\./g)).toHaveLength(2);
    const n2 = typeLine(freshConsole('NODE2'), 'net stop msexchangeds');
    expect(n2.console.screen).toContain('The Microsoft Exchange Directory service is not started.\n\nMore help is available by typing NET HELPMSG 3521.');
  });

  test('after the restore, net start by key name replays the logs like the Services applet (KB step 7)', () => {
    const before = typeLine(restoredConsole(), 'net start MSExchangeDS');
    expect(before.sent).toEqual([{ type: 'service.start', node: 'NODE1', service: 'MSExchangeDS', app: 'command-prompt' }]);
    expect(before.console.job).not.toBeNull();
    const done = passTime(before, 180_000);
    expect(printedSince(before, done)).toMatch(/^\.*\nThe Microsoft Exchange Directory service was started successfully\.\n\nC:\\>$/);
    expect(before.console.screen).toContain('The Microsoft Exchange Directory service is starting');
    const is = passTime(typeLine(done, 'net start "microsoft exchange information store"'), 180_000);
    expect(is.console.screen).toContain('The Microsoft Exchange Information Store service was started successfully.');
    expect(currentStateId(is.snapshot)).toBe('main.verifyMail');
  });

  test('a failed start prints the engine\'s error in NET\'s words, and no message box is left', () => {
    // F13 from the command line: NODE2 does not own the disk.
    const lc = passTime(typeLine(restoredConsole('NODE2'), 'net start MSExchangeDS'), 30_000);
    expect(lc.console.screen).toContain('System error 1068 has occurred.\n\nThe dependency service or group failed to start.');
    expect(currentStateId(lc.snapshot)).toBe('failure.wrongNode');
    expect(lc.snapshot.context.world.dialogs).toEqual([]);
    const is = passTime(typeLine(restoredConsole(), 'net start MSExchangeIS'), 60_000);
    expect(is.console.screen).toContain('The Microsoft Exchange Information Store service is starting');
  });

  test('net stop names the running dependants and asks (Y/N) [N]; N stops nothing', () => {
    const asked = typeLine(freshConsole(), 'net stop "Microsoft Exchange Directory"');
    expect(asked.console.screen).toContain(
      'The following services are dependent on the Microsoft Exchange Directory service.\nStopping the Microsoft Exchange Directory service will also stop these services.\n\n' +
      '   Microsoft Exchange Message Transfer Agent\n\n' +
      'Do you want to continue this operation? (Y/N) [N]: ');
    expect(asked.console.asking).toBe(true);
    const no = typeLine(asked, '');
    expect(no.sent).toEqual([]);
    expect(no.console.screen.endsWith('[N]: \n\nC:\\>')).toBe(true);
  });

  test('F12 from the command line: net stop of a service whose resource is online', () => {
    // The standard scenario starts with a damaged store: the Information Store is down, the MTA runs.
    const stop = typeLine(freshConsole(), 'net stop MSExchangeMTA');
    expect(stop.sent).toEqual([{ type: 'service.stop', node: 'NODE1', service: 'MSExchangeMTA', withDependants: false }]);
    const done = passTime(stop, 20_000);
    expect(printedSince(stop, done)).toMatch(/^\.*\nThe Microsoft Exchange Message Transfer Agent service was stopped successfully\.\n\nC:\\>/);
    // The procedure machine classified it as the GUI's F12; the cluster then restarted the resource.
    expect(done.snapshot.context.trail[0]).toMatchObject({ to: 'failure.clusterReacted', kind: 'mistake', severity: 'major' });
  });

  test('Y stops the dependants first, each reported in turn', () => {
    const yes = typeLine(typeLine(freshConsole(), 'net stop MSExchangeDS'), 'Y');
    expect(yes.sent).toEqual([{ type: 'service.stop', node: 'NODE1', service: 'MSExchangeDS', withDependants: true }]);
    const done = passTime(yes, 30_000);
    const text = done.console.screen;
    const order = ['Message Transfer Agent', 'Directory'].map((n) => text.indexOf(`The Microsoft Exchange ${n} service was stopped successfully.`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(done.console.job).toBeNull();
  });
});
