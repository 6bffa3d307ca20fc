import { create } from 'zustand';
import type { Fault } from '../../sim/events.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import type { DatabaseService, NodeName } from '../../sim/world/names.ts';
import { sendLab } from '../../store/lab-session.ts';
import { describeFault } from '../selectors/describe-event.ts';

type Kind = Fault['kind'];

/** The fault the instructor has chosen in the panel (kept here so the demo keyboard can inject it too). */
interface FaultChoice {
  kind: Kind;
  node: NodeName;
  resource: string;
  service: DatabaseService;
  /** What the last injection did, in words. */
  status: string;
  choose: (patch: Partial<Omit<FaultChoice, 'choose' | 'status'>>) => void;
}

export const useFaultChoice = create<FaultChoice>()((set) => ({
  kind: 'node-down',
  node: 'NODE2',
  resource: 'Microsoft Exchange Directory',
  service: 'MSExchangeDS',
  status: '',
  choose: (patch) => set(patch),
}));

/** The chosen fault with only the details its kind uses. */
export function chosenFault(): Fault {
  const { kind, node, resource, service } = useFaultChoice.getState();
  switch (kind) {
    case 'node-down': return { kind, node };
    case 'resource-failure': return { kind, resource };
    case 'rip-key-deleted': return { kind, node, service };
    default: return { kind };
  }
}

/** Injects the chosen fault; the world decides what it does, and the panel says so. */
export function injectChosenFault(): void {
  const f = chosenFault();
  const refusal = refusalOf(sendLab({ type: 'fault.inject', fault: f }));
  useFaultChoice.setState({ status: refusal ? `Not injected: ${refusal}` : `Injected: ${describeFault(f)}.` });
}
