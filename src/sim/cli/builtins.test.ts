import { describe, expect, test } from 'vitest';
import { interrupt } from './console.ts';
import { NOT_RECOGNIZED } from './run.ts';
import { freshConsole, printedSince, typeAll } from './test-fixtures.ts';
import { typeLine } from './lab-console.ts';
import { splitArgs } from './tokenize.ts';

describe('cmd.exe built-ins', () => {
  test('opens with the NT 4 banner and a C:\\> prompt', () => {
    expect(freshConsole().console.screen).toBe('Microsoft(R) Windows NT(TM)\n(C) Copyright 1985-1996 Microsoft Corp.\n\nC:\\>');
  });

  test('an unknown command gets cmd.exe\'s message, and nothing is sent', () => {
    const before = freshConsole();
    const after = typeLine(before, 'frobnicate /now');
    expect(printedSince(before, after)).toBe(`frobnicate /now\n${NOT_RECOGNIZED}C:\\>`);
    expect(NOT_RECOGNIZED.replace('\n', ' ')).toContain('The name specified is not recognized as an internal or external command, operable program or batch file.');
    expect(after.sent).toEqual([]);
  });

  test('set lists the node\'s environment; _CLUSTER_NETWORK_NAME_ appears only once set', () => {
    const lc = typeLine(freshConsole('NODE2'), 'set');
    expect(lc.console.screen).toContain('COMPUTERNAME=NODE2\n');
    expect(lc.console.screen).toContain('USERDOMAIN=CORP\n');
    expect(lc.console.screen).not.toContain('_CLUSTER_NETWORK_NAME_');
    const set = typeAll(lc, ['set _CLUSTER_NETWORK_NAME_=EXCHVS1', 'set _C']);
    expect(set.console.screen.endsWith('set _C\n_CLUSTER_NETWORK_NAME_=EXCHVS1\n\nC:\\>')).toBe(true);
    const cleared = typeAll(set, ['set _CLUSTER_NETWORK_NAME_=', 'set _C']);
    expect(cleared.console.screen.endsWith('Environment variable _C not defined\n\nC:\\>')).toBe(true);
  });

  test('%VAR% expands; echo, ver, cd and help answer as cmd.exe', () => {
    const lc = typeAll(freshConsole(), ['echo %COMPUTERNAME%', 'ver', 'cd \\exchsrvr\\bin', 'cd', 'cd \\nowhere', 'help']);
    const s = lc.console.screen;
    expect(s).toContain('echo %COMPUTERNAME%\nNODE1\n\n');
    expect(s).toContain('Windows NT Version 4.0');
    expect(s).toContain('C:\\exchsrvr\\bin>cd\nC:\\exchsrvr\\bin\n\n');
    expect(s).toContain('The system cannot find the path specified.');
    expect(s).toContain('For more information on a specific command, type HELP command-name');
  });

  test('cls clears the screen; exit closes the console', () => {
    const cleared = typeLine(typeLine(freshConsole(), 'ver'), 'cls');
    expect(cleared.console.screen).toBe('C:\\>');
    expect(typeLine(cleared, 'exit').console.closed).toBe(true);
  });

  test('programs start by name through app.open, as from Start ▸ Run', () => {
    const lc = typeAll(freshConsole(), ['cluadmin', 'NTBACKUP.EXE', 'regedt32', 'regedit', 'eventvwr', 'control']);
    expect(lc.sent).toEqual([
      { type: 'app.open', node: 'NODE1', app: 'cluster-admin' },
      { type: 'app.open', node: 'NODE1', app: 'backup' },
      { type: 'app.open', node: 'NODE1', app: 'registry-editor' },
      { type: 'app.open', node: 'NODE1', app: 'regedit' },
      { type: 'app.open', node: 'NODE1', app: 'event-viewer' },
      { type: 'app.open', node: 'NODE1', app: 'control-panel' },
    ]);
    expect(lc.snapshot.context.world.consoles.open.NODE1).toContain('cluster-admin');
  });

  test('Ctrl+C gives the prompt back', () => {
    const lc = typeLine(freshConsole(), 'net stop MSExchangeDS');
    expect(lc.console.asking).toBe(true);
    const stopped = interrupt(lc.console);
    expect(stopped.screen.endsWith('^C\nC:\\>')).toBe(true);
    expect(stopped.job).toBeNull();
  });

  test('arguments split on spaces, double quotes group', () => {
    expect(splitArgs(' resource "Microsoft Exchange Directory" /online')).toEqual(['resource', 'Microsoft Exchange Directory', '/online']);
    expect(splitArgs('"" a')).toEqual(['', 'a']);
  });
});
