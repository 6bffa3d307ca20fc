import { environment, setVar } from './environment.ts';
import { say, type Reply, type Shell } from './types.ts';

/** cmd.exe's own commands: cls, exit, help, set, echo, ver, cd. */

export const BANNER = 'Microsoft(R) Windows NT(TM)\n(C) Copyright 1985-1996 Microsoft Corp.\n\n';

const HELP_LINES: [string, string][] = [
  ['CD', 'Displays the name of or changes the current directory.'],
  ['CHDIR', 'Displays the name of or changes the current directory.'],
  ['CLS', 'Clears the screen.'],
  ['CMD', 'Starts a new instance of the Windows NT command interpreter.'],
  ['ECHO', 'Displays messages, or turns command echoing on or off.'],
  ['EXIT', 'Quits the CMD.EXE program (command interpreter).'],
  ['HELP', 'Provides Help information for Windows NT commands.'],
  ['SET', 'Displays, sets, or removes Windows NT environment variables.'],
  ['VER', 'Displays the Windows NT version.'],
];

export const HELP = `For more information on a specific command, type HELP command-name\n${HELP_LINES.map(([c, t]) => `${c.padEnd(9)}${t}\n`).join('')}\n`;

/** `set`, `set PREFIX`, `set NAME=value`. */
export function setCommand(shell: Shell, rest: string): Reply {
  const arg = rest.trim();
  if (!arg) return say(`${environment(shell).map(([k, v]) => `${k}=${v}\n`).join('')}\n`);
  const eq = arg.indexOf('=');
  if (eq < 0) {
    const matches = environment(shell).filter(([k]) => k.toUpperCase().startsWith(arg.toUpperCase()));
    return say(matches.length ? `${matches.map(([k, v]) => `${k}=${v}\n`).join('')}\n` : `Environment variable ${arg} not defined\n\n`);
  }
  if (eq === 0) return say('The syntax of the command is incorrect.\n\n');
  return say('\n', { shell: setVar(shell, arg.slice(0, eq), arg.slice(eq + 1)) });
}

/** Folders of the lab's system disk that `cd` knows (the shared disk E: belongs to the cluster). */
const FOLDERS = ['C:\\', 'C:\\WINNT', 'C:\\WINNT\\system32', 'C:\\exchsrvr', 'C:\\exchsrvr\\bin', 'C:\\TEMP'];

export function cdCommand(shell: Shell, rest: string): Reply {
  const arg = rest.trim().replace(/^\/d\s+/i, '');
  if (!arg) return say(`${shell.cwd}\n\n`);
  let target: string;
  if (/^[a-z]:/i.test(arg)) target = arg;
  else if (arg.startsWith('\\')) target = `C:${arg}`;
  else if (arg === '..') target = shell.cwd.includes('\\', 3) ? shell.cwd.slice(0, shell.cwd.lastIndexOf('\\')) : 'C:\\';
  else target = `${shell.cwd.replace(/\\$/, '')}\\${arg}`;
  target = target.replace(/\\+$/, '') || 'C:';
  if (/^[a-z]:$/i.test(target)) target += '\\';
  const found = FOLDERS.find((f) => f.toLowerCase() === target.toLowerCase());
  return found ? say('\n', { shell: { ...shell, cwd: found } }) : say('The system cannot find the path specified.\n\n');
}

export function echoCommand(rest: string): Reply {
  const text = rest.replace(/^\s/, '');
  return say(text.trim() ? `${text}\n\n` : 'ECHO is on.\n\n');
}

export const VER = '\nWindows NT Version 4.0 \n\n';
