import { ConsoleSwitch } from '../desktop/ConsoleSwitch.tsx';
import type { NodeName } from '../sim/world/names.ts';
import type { NodeStatus } from '../sim/world/types.ts';
import './powered-off.css';

type Props = {
  node: NodeName;
  /** `Down` shows a dark screen with the power switch; `Joining` shows NT starting. */
  status: Exclude<NodeStatus, 'Up' | 'Paused'>;
  onPowerOn: () => void;
  onSwitchNode: (node: NodeName) => void;
};

/**
 * The console of a server that is not running: no desktop, only the monitor and the server's power
 * switch. The KVM switch below it still moves the trainee to the other node.
 */
export function PoweredOffConsole({ node, status, onPowerOn, onSwitchNode }: Props) {
  const starting = status === 'Joining';
  return (
    <div className="powered-off-console" data-node={node}>
      <main className={`powered-off-screen${starting ? ' booting' : ''}`} aria-label={`${node} console`}>
        {starting ? (
          <div className="boot-text">
            <p>Microsoft (R) Windows NT (TM) Version 4.0 (Build 1381: Service Pack 6).</p>
            <p>2 System Processors [256 MB Memory]  MultiProcessor Kernel</p>
            <p role="status" className="boot-status">
              Starting Windows NT…
            </p>
          </div>
        ) : (
          <div className="power-panel">
            <p role="status" className="power-state">
              {node} is powered off.
            </p>
            <button type="button" className="power-button" onClick={onPowerOn}>
              Power on
            </button>
          </div>
        )}
      </main>
      <nav className="kvm-bar" aria-label="Console switch">
        <ConsoleSwitch node={node} onSwitch={onSwitchNode} />
      </nav>
    </div>
  );
}
