import { useState } from 'react';
import { firstInStatus, runningDependants } from '../../sim/selectors/services.ts';
import { SERVICE_DISPLAY, type ExchangeService, type NodeName } from '../../sim/world/names.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import { getWorld, sendLab, useWorld } from '../../store/lab-session.ts';
import { stopDependantsQuestion } from './service-list.ts';

type Verb = 'start' | 'stop' | 'pause';
type Pending = { verb: Verb; chain: ExchangeService[]; since: number };
export type StopQuestion = { service: ExchangeService; text: string; title: string };
export type Progress = { text: string; fraction: number };

/** How long the progress bar takes to fill, in simulated ms (NT 4 fills it from the service's wait hint). */
const FILL_MS = 12_000;

/**
 * Start / Stop as the NT 4 Services applet does them: ask before stopping (Q162353), send the
 * event, then show "Attempting to …" while the world says the service is pending. Outcomes
 * (failures included) come from the world; its error boxes are drawn by WorldDialogs.
 */
export function useServiceControl(node: NodeName) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [question, setQuestion] = useState<StopQuestion | null>(null);
  const [error, setError] = useState<string | null>(null);

  const status = pending?.verb === 'stop' ? 'Stop Pending' : 'Start Pending';
  const current = useWorld((w) => (pending ? firstInStatus(w, node, pending.chain, status) : null));
  const clock = useWorld((w) => (pending ? w.clock : 0));
  // Done (or failed): forget the request during render, so a later cluster-driven pending state
  // of the same service does not bring the box back.
  if (pending && current === null) setPending(null);

  const begin = (verb: Verb, chain: ExchangeService[], message: string | null) => {
    if (message) setError(message);
    else if (chain.length) setPending({ verb, chain, since: getWorld().clock });
  };

  const start = (service: ExchangeService) => {
    // The SCM starts stopped dependencies itself; the box names only the service you asked for.
    begin('start', [service], refusalOf(sendLab({ type: 'service.start', node, service })));
  };

  const askStop = (service: ExchangeService) => {
    const dependants = runningDependants(getWorld(), node, service);
    const name = SERVICE_DISPLAY[service];
    setQuestion(
      dependants.length > 0
        ? { service, title: 'Services', text: stopDependantsQuestion(name, dependants.map((s) => SERVICE_DISPLAY[s])) }
        : { service, title: 'Services', text: `Are you sure you want to stop the ${name} service?` },
    );
  };

  const answerStop = (yes: boolean) => {
    const q = question;
    setQuestion(null);
    if (!q || !yes) return;
    const chain = [...runningDependants(getWorld(), node, q.service), q.service];
    begin('stop', chain, refusalOf(sendLab({ type: 'service.stop', node, service: q.service, withDependants: true })));
  };

  // The SCM answers a pause or continue at once; only a refusal needs a box.
  const pause = (service: ExchangeService) => begin('pause', [], refusalOf(sendLab({ type: 'service.pause', node, service })));
  const resume = (service: ExchangeService) => begin('pause', [], refusalOf(sendLab({ type: 'service.continue', node, service })));

  const progress: Progress | null =
    pending && current
      ? {
          text: `Attempting to ${pending.verb} the ${SERVICE_DISPLAY[current]} service on \\\\${node}.`,
          fraction: Math.min(0.95, Math.max(0.05, (clock - pending.since) / FILL_MS)),
        }
      : null;

  return { start, askStop, answerStop, pause, resume, question, progress, error, clearError: () => setError(null) };
}
