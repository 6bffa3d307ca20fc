import { useHistory } from '../store/history-store.ts';
import { useLab } from '../store/lab-session.ts';
import { AssessmentPanel } from './assessment/AssessmentPanel.tsx';
import { CatalogBody } from './catalog/CatalogBody.tsx';
import { CoachPanel } from './coach/CoachPanel.tsx';
import { InstructorPanel } from './instructor/InstructorPanel.tsx';
import { LazyMap } from './LazyMap.tsx';
import { useModes } from './modes-store.ts';
import { policyOf } from '../sim/session/mode-policy.ts';
import type { Mode } from '../sim/scenarios/types.ts';
import type { ComponentType } from 'react';
import { MODE_LABELS } from './selectors/time.ts';
import './modes.css';

const PANELS: Record<Mode, ComponentType> = { practice: CoachPanel, assessment: AssessmentPanel, instructor: InstructorPanel };

/**
 * Beside the console, one column: the mode's panel (or the catalog, when no scenario was asked
 * for) above the procedure map's own dock (side by side on wide screens). Either can be folded
 * away. An assessment shows the map only once it is over.
 */
export function Dock() {
  const docked = useModes((s) => s.docked);
  const notice = useModes((s) => s.notice);
  const undock = useModes((s) => s.undock);
  const collapsed = useModes((s) => s.panelCollapsed);
  const setCollapsed = useModes((s) => s.setPanelCollapsed);
  const mode = useLab((s) => s.mode);
  const finished = useLab((s) => s.snapshot.status !== 'active');
  const policy = policyOf(mode);
  const label = docked ? 'Scenarios' : policy.panel;
  const Panel = PANELS[mode];
  const mapVisible = useHistory((s) => s.settings.mapVisible);
  const mapAllowed = policy.mapWhileRunning || finished;
  const map = mapAllowed && <LazyMap />;

  return (
    // With the map shown, the map's own (resizable) width sets the column's; else the panel's does.
    <div className={`modes-dock-column${mapAllowed && mapVisible ? ' with-map' : ''}`}>
      <aside className={`lab-dock modes-dock${collapsed ? ' modes-dock-hidden' : ''}`} aria-label={label}>
        <div className="dock-title title-bar">
          <h2 className="title-bar-text dock-title-text">{docked ? 'Scenarios' : MODE_LABELS[mode]}</h2>
          <button type="button" className="dock-toggle" aria-expanded={!collapsed} aria-label={`${collapsed ? 'Show' : 'Hide'} ${label.toLowerCase()} panel`} onClick={() => setCollapsed(!collapsed)}>
            {collapsed ? 'Show ▼' : 'Hide ▲'}
          </button>
        </div>
        {!collapsed && (
          <div className="dock-scroll">
            {docked ? (
              <section aria-label="Scenario catalog" className="dock-catalog">
                <CatalogBody notice={notice} />
                <div className="dialog-buttons">
                  <button type="button" onClick={undock}>Hide scenarios</button>
                </div>
              </section>
            ) : <Panel />}
          </div>
        )}
      </aside>
      {map}
    </div>
  );
}
