import { LazyMap } from '../../modes/LazyMap.tsx';
import { ModePanel } from '../../modes/dock/ModePanel.tsx';
import { useDemoKeys } from '../../modes/instructor/demo-keys.ts';
import { MODE_LABELS } from '../../modes/selectors/time.ts';
import { formatEventTime } from '../../sim/format.ts';
import { policyOf } from '../../sim/session/mode-policy.ts';
import { useLab, useWorld } from '../../store/lab-session.ts';
import { useSecondScreen } from '../../store/second-screen.ts';
import { REGIONS } from '../regions.tsx';
import './controls.css';

const STATUS = {
  off: 'Connecting to the console…',
  opening: 'Connecting to the console…',
  blocked: 'Connecting to the console…',
  connected: 'Following the console.',
  'console-lost': 'The console window was closed or reloaded. This window shows the lab as it last was; open "Map and controls" from the console again to follow it.',
} as const;

/**
 * The instructor's second screen, "Map and controls": the mode's panel (with the step list) and
 * the procedure map, following the console's lab. What the instructor does here goes to the console.
 */
export function ControlsApp() {
  const status = useSecondScreen((s) => s.status);
  const title = useLab((s) => s.scenario.title);
  const mode = useLab((s) => s.mode);
  const clock = useWorld((w) => formatEventTime(w.clock));
  const finished = useLab((s) => s.snapshot.status !== 'active');
  const following = status === 'connected';
  useDemoKeys();
  return (
    <div className="controls-layout">
      <header className="modes-topbar" aria-label="Map and controls">
        <div className="topbar-info">
          <h1 className="topbar-title controls-title">Map and controls</h1>
          {following && <span className="topbar-field">{title}</span>}
          {following && <span className="topbar-field">Mode: {MODE_LABELS[mode]}</span>}
          {following && <span className="topbar-field">Simulated time: {clock}</span>}
        </div>
        <p className={`controls-status${following ? '' : ' controls-status-lost'}`} role="status">{STATUS[status]}</p>
      </header>
      {status !== 'off' && status !== 'opening' && (
        <main className="controls-main" aria-label="Map and controls">
          <aside className="lab-dock modes-dock controls-panel" aria-label={policyOf(mode).panel}>
            <div className="dock-scroll">
              <ModePanel />
            </div>
          </aside>
          {(policyOf(mode).mapWhileRunning || finished) && (
            <section className="controls-map" aria-label="Procedure map">
              <LazyMap embedded />
            </section>
          )}
        </main>
      )}
      <REGIONS.Overlay />
    </div>
  );
}
