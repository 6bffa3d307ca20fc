import { NODES, type NodeName } from '../sim/world/names.ts';

type Props = { node: NodeName; onSwitch: (node: NodeName) => void };

/** The KVM switch: which server's console the trainee is sitting at. */
export function ConsoleSwitch({ node, onSwitch }: Props) {
  return (
    <div role="group" aria-label="Console" className="console-switch">
      <span className="console-switch-caption" aria-hidden="true">
        Console:
      </span>
      {NODES.map((n) => (
        <button key={n} type="button" aria-pressed={n === node} className="console-switch-button" onClick={() => n !== node && onSwitch(n)}>
          {n}
        </button>
      ))}
    </div>
  );
}
