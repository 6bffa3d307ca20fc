import type { World } from '../world/types.ts';
import { BANNER, HELP, VER, cdCommand, echoCommand, setCommand } from './builtins.ts';
import { clusterCommand, resumeClusterReport } from './cluster.ts';
import { lookupVar } from './environment.ts';
import { eseutilCommand, isintegCommand, resumeSoftRecovery } from './offline-tools.ts';
import { netCommand, resumeNetStart, resumeNetStop, resumeNetStopAsk } from './net.ts';
import { programFor } from './programs.ts';
import { expandVars, splitArgs } from './tokenize.ts';
import { say, type Job, type JobInput, type Reply, type Shell } from './types.ts';

export const NOT_RECOGNIZED = 'The name specified is not recognized as an\ninternal or external command, operable program or batch file.\n\n';

/** The prompt cmd.exe shows with PROMPT=$P$G. */
export const promptOf = (shell: Shell) => `${shell.cwd}>`;

/**
 * Runs one command line typed at `shell`'s prompt against the world. Pure: what the command
 * changes it asks for as the same event a window would send (`send`), and it finishes in
 * `resume` from the engine's answer. Unknown commands get cmd.exe's message.
 */
export function runLine(shell: Shell, world: World, line: string): Reply {
  const expanded = expandVars(line, (name) => lookupVar(shell, name)).trim();
  if (!expanded) return say('');
  const head = /^([^\s"/]+|"[^"]*")(.*)$/s.exec(expanded);
  const command = (head?.[1] ?? expanded).replace(/"/g, '').toLowerCase();
  const rest = head?.[2] ?? '';
  const args = splitArgs(rest);
  switch (command) {
    case 'cls': return say('', { clear: true });
    case 'exit': return say('', { exit: true });
    case 'help': return say(HELP);
    case 'set': return setCommand(shell, rest);
    case 'echo': return echoCommand(rest);
    case 'ver': return say(VER);
    case 'cd': case 'chdir': return cdCommand(shell, rest);
    case 'net': case 'net.exe': return netCommand(world, shell.node, args);
    case 'cluster': case 'cluster.exe': return clusterCommand(world, args);
    case 'isinteg': case 'isinteg.exe': return isintegCommand(shell, world, args);
    case 'eseutil': case 'eseutil.exe': return eseutilCommand(shell, world, args);
  }
  if (command === 'cmd' || command === 'cmd.exe') return say(BANNER);
  const app = programFor(command);
  if (app) return say('', { send: { type: 'app.open', node: shell.node, app }, job: { kind: 'launch', program: command } });
  return say(NOT_RECOGNIZED);
}

/** Continues a command with the engine's answer, a change of the world, or a typed answer. Pure. */
export function resume(job: Job, world: World, input: JobInput): Reply {
  switch (job.kind) {
    case 'cluster-report': return resumeClusterReport(job, world, input);
    case 'net-start': return resumeNetStart(job, world, input);
    case 'net-stop-ask': return resumeNetStopAsk(job, world, input);
    case 'net-stop': return resumeNetStop(job, world, input);
    case 'launch': return say(input.kind === 'sent' && input.error ? `${input.error.message}\n\n` : '\n');
    case 'done': return say('');
    case 'soft-recovery': return resumeSoftRecovery(job, world, input);
  }
}
