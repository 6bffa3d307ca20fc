import { policyOf } from '../sim/session/mode-policy.ts';
import { useDisplayPrefs } from '../store/display-prefs.ts';
import { useHistory } from '../store/history-store.ts';
import { useLab } from '../store/lab-session.ts';
import { useSecondScreen } from '../store/second-screen.ts';
import { DockRail } from './dock/DockRail.tsx';
import { ModePanel } from './dock/ModePanel.tsx';
import { useNarrowScreen } from './dock/use-narrow-screen.ts';
import { useDemoKeys } from './instructor/demo-keys.ts';
import { LazyMap } from './LazyMap.tsx';
import { useModes } from './modes-store.ts';
import { MODE_LABELS } from './selectors/time.ts';
import './modes.css';

/**
 * Beside the console, one column: the mode's panel (or the catalog, when no scenario was asked
 * for) above the procedure map's own dock (side by side on wide screens). Either can be folded
 * away. An assessment shows the map only once it is over. On a narrow screen the column is a slim
 * strip of toggles unless pinned; with "Map and controls" on a second screen it is not here at all.
 */
export function Dock() {
  const docked = useModes((s) => s.docked);
  const collapsed = useModes((s) => s.panelCollapsed);
  const setCollapsed = useModes((s) => s.setPanelCollapsed);
  const mode = useLab((s) => s.mode);
  const finished = useLab((s) => s.snapshot.status !== 'active');
  const policy = policyOf(mode);
  const label = docked ? 'Scenarios' : policy.panel;
  const mapVisible = useHistory((s) => s.settings.mapVisible);
  const narrow = useNarrowScreen();
  const pinned = useDisplayPrefs((s) => s.dockPinned);
  const setPinned = useDisplayPrefs((s) => s.setDockPinned);
  const mapAllowed = policy.mapWhileRunning || finished;
  // With "Map and controls" on a second screen, the console takes the full width.
  const elsewhere = useSecondScreen((s) => s.status === 'connected');
  useDemoKeys();

  if (elsewhere) return null;
  if (narrow && !pinned) return <DockRail label={label} panel={<ModePanel />} mapAllowed={mapAllowed} />;
  return (
    // With the map shown, the map's own (resizable) width sets the column's; else the panel's does.
    <div className={`modes-dock-column${mapAllowed && mapVisible ? ' with-map' : ''}`}>
      <aside className={`lab-dock modes-dock${collapsed ? ' modes-dock-hidden' : ''}`} aria-label={label}>
        <div className="dock-title title-bar">
          <h2 className="title-bar-text dock-title-text">{docked ? 'Scenarios' : MODE_LABELS[mode]}</h2>
          <span className="dock-caption-buttons">
            {narrow && <button type="button" className="dock-toggle" onClick={() => setPinned(false)}>Unpin</button>}
            <button type="button" className="dock-toggle" aria-expanded={!collapsed} aria-label={`${collapsed ? 'Show' : 'Hide'} ${label.toLowerCase()} panel`} onClick={() => setCollapsed(!collapsed)}>
              {collapsed ? 'Show ▼' : 'Hide ▲'}
            </button>
          </span>
        </div>
        {!collapsed && (
          <div className="dock-scroll">
            <ModePanel />
          </div>
        )}
      </aside>
      {mapAllowed && <LazyMap />}
    </div>
  );
}
