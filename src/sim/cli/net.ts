import { runningDependants } from '../selectors/services.ts';
import { EXCHANGE_SERVICES, SERVICE_DISPLAY, type ExchangeService, type NodeName } from '../world/names.ts';
import { SYSTEM_SERVICES } from '../world/system-services.ts';
import type { Dialog, World } from '../world/types.ts';
import { say, type Job, type JobInput, type Reply } from './types.ts';

/** NET.EXE's messages (NET HELPMSG numbers as NT 4 prints them). */
const helpmsg = (n: number) => `More help is available by typing NET HELPMSG ${n}.`;
const NAME_INVALID = `The service name is invalid.\n\n${helpmsg(2185)}\n\n`;
const ALREADY_STARTED = `The requested service has already been started.\n\n${helpmsg(2182)}\n\n`;
const notStarted = (name: string) => `The ${name} service is not started.\n\n${helpmsg(3521)}\n\n`;
const CONTROL_INVALID = `The requested control is not valid for this service.\n\n${helpmsg(2191)}\n\n`;
/** Seconds of simulated time between the dots NET prints while a service is pending. */
const DOT_MS = 2000;

type Named = { kind: 'exchange'; service: ExchangeService; name: string } | { kind: 'system'; name: string };

/** NET accepts the key name or the display name, in any case. */
function findService(arg: string): Named | null {
  const a = arg.toLowerCase();
  const ex = EXCHANGE_SERVICES.find((s) => s.toLowerCase() === a || SERVICE_DISPLAY[s].toLowerCase() === a);
  if (ex) return { kind: 'exchange', service: ex, name: SERVICE_DISPLAY[ex] };
  const sys = SYSTEM_SERVICES.find((s) => s.id.toLowerCase() === a || s.displayName.toLowerCase() === a);
  return sys ? { kind: 'system', name: sys.displayName } : null;
}

/** `net start` with no name: the running services, by display name. */
function listStarted(w: World, node: NodeName): string {
  const names = [
    ...SYSTEM_SERVICES.map((s) => s.displayName),
    ...EXCHANGE_SERVICES.filter((s) => ['Started', 'Paused'].includes(w.services[node][s].status)).map((s) => SERVICE_DISPLAY[s]),
  ].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return `These Windows NT services are started:\n\n${names.map((n) => `   ${n}\n`).join('')}\nThe command completed successfully.\n\n`;
}

const USAGE = 'The syntax of this command is:\n\n\nNET [ ACCOUNTS | COMPUTER | CONFIG | CONTINUE | FILE | GROUP | HELP |\n      HELPMSG | LOCALGROUP | NAME | PAUSE | PRINT | SEND | SESSION |\n      SHARE | START | STATISTICS | STOP | TIME | USE | USER | VIEW ]\n\n';

/** `net start [service]`, `net stop service` on `node`. Every change goes through `service.start` / `service.stop`. */
export function netCommand(w: World, node: NodeName, args: string[]): Reply {
  const verb = args[0]?.toLowerCase();
  const name = args.slice(1).join(' ');
  if (verb === 'start' && !name) return say(listStarted(w, node));
  if ((verb !== 'start' && verb !== 'stop') || !name) return say(USAGE);
  const found = findService(name);
  if (!found) return say(NAME_INVALID);
  if (found.kind === 'system') return say(verb === 'start' ? ALREADY_STARTED : CONTROL_INVALID);
  const { service } = found;
  if (verb === 'start') {
    return say('', {
      send: { type: 'service.start', node, service, app: 'command-prompt' },
      job: { kind: 'net-start', node, service, phase: 'sent', dialogsBefore: lastDialogId(w), lastDotAt: w.clock },
    });
  }
  const dependants = runningDependants(w, node, service);
  if (dependants.length > 0 && w.services[node][service].status !== 'Stopped') {
    const list = dependants.map((s) => `   ${SERVICE_DISPLAY[s]}\n`).join('');
    return say(
      `The following services are dependent on the ${found.name} service.\nStopping the ${found.name} service will also stop these services.\n\n${list}\nDo you want to continue this operation? (Y/N) [N]: `,
      { job: { kind: 'net-stop-ask', node, service, dependants }, ask: true },
    );
  }
  return sendStop(w, node, service, []);
}

function sendStop(w: World, node: NodeName, service: ExchangeService, dependants: ExchangeService[]): Reply {
  return say('', {
    send: { type: 'service.stop', node, service, withDependants: dependants.length > 0 },
    job: { kind: 'net-stop', node, chain: [...dependants, service], index: 0, phase: 'sent', lastDotAt: w.clock },
  });
}

const lastDialogId = (w: World) => w.dialogs.reduce((m, d) => Math.max(m, d.id), 0);

/** The error box the engine raised for this console's start, turned into NET's words. */
function startFailure(dialog: Dialog | undefined, name: string): string {
  const text = dialog?.text ?? '';
  const system = /Error (\d+): (.+)$/s.exec(text);
  const specific = /service specific error (\d+)/.exec(text);
  if (system && system[1] === '1068') return `\nSystem error 1068 has occurred.\n\n${system[2].trim()}\n\n`;
  if (system) return `\nThe ${name} service could not be started.\n\nA system error has occurred.\n\nSystem error ${system[1]} has occurred.\n\n${system[2].trim()}\n\n`;
  if (specific) return `\nThe ${name} service could not be started.\n\nA service specific error occurred: ${specific[1]}.\n\n${helpmsg(3547)}\n\n`;
  return `\nThe ${name} service could not be started.\n\nThe service did not report an error.\n\n${helpmsg(3534)}\n\n`;
}

const dots = (w: World, job: { lastDotAt: number }) => {
  const n = Math.floor((w.clock - job.lastDotAt) / DOT_MS);
  return { text: '.'.repeat(Math.max(0, n)), lastDotAt: job.lastDotAt + Math.max(0, n) * DOT_MS };
};

export function resumeNetStart(job: Extract<Job, { kind: 'net-start' }>, w: World, input: JobInput): Reply {
  const name = SERVICE_DISPLAY[job.service];
  if (input.kind === 'sent') {
    if (input.error) return say(input.error.code === 'wrong-state' ? ALREADY_STARTED : `${input.error.message}\n\n`);
    return say(`The ${name} service is starting`, { job: { ...job, phase: 'waiting' } });
  }
  const status = w.services[job.node][job.service].status;
  if (status === 'Started') return say(`.\nThe ${name} service was started successfully.\n\n`);
  const dialog = w.dialogs.find((d) => d.id > job.dialogsBefore && d.node === job.node && d.app === 'command-prompt');
  if (status === 'Stopped') {
    const text = startFailure(dialog, name);
    // The message was printed here; NT shows no box for a command-line start.
    return dialog ? say(text, { send: { type: 'dialog.dismiss', id: dialog.id }, job: { kind: 'done' } }) : say(text);
  }
  const d = dots(w, job);
  return say(d.text, { job: { ...job, lastDotAt: d.lastDotAt } });
}

export function resumeNetStopAsk(job: Extract<Job, { kind: 'net-stop-ask' }>, w: World, input: JobInput): Reply {
  if (input.kind !== 'answer') return say('', { job, ask: true });
  const answer = input.text.trim().toLowerCase();
  if (answer === 'y' || answer === 'yes') return sendStop(w, job.node, job.service, job.dependants);
  if (answer === '' || answer === 'n' || answer === 'no') return say('\n');
  return say('Do you want to continue this operation? (Y/N) [N]: ', { job, ask: true });
}

export function resumeNetStop(job: Extract<Job, { kind: 'net-stop' }>, w: World, input: JobInput): Reply {
  const current = job.chain[job.index];
  const name = SERVICE_DISPLAY[current];
  if (input.kind === 'sent') {
    if (input.error) return say(input.error.code === 'wrong-state' ? notStarted(SERVICE_DISPLAY[job.chain.at(-1)!]) : `${input.error.message}\n\n`);
    return say(`The ${name} service is stopping`, { job: { ...job, phase: 'waiting' } });
  }
  const status = w.services[job.node][current].status;
  if (status === 'Stop Pending') {
    const d = dots(w, job);
    return say(d.text, { job: { ...job, lastDotAt: d.lastDotAt } });
  }
  const outcome = status === 'Stopped' ? `.\nThe ${name} service was stopped successfully.\n\n` : `.\nThe ${name} service could not be stopped.\n\n`;
  const next = job.index + 1;
  if (next >= job.chain.length || status !== 'Stopped') return say(outcome);
  // One change of the world can finish several services of the chain: report each in turn.
  const rest = resumeNetStop({ ...job, index: next, lastDotAt: w.clock }, w, { kind: 'world' });
  return { ...rest, text: `${outcome}The ${SERVICE_DISPLAY[job.chain[next]]} service is stopping${rest.text}` };
}
