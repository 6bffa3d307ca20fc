import type { ComponentType } from 'react';
import type { Mode } from '../../sim/scenarios/types.ts';
import { useLab } from '../../store/lab-session.ts';
import { AssessmentPanel } from '../assessment/AssessmentPanel.tsx';
import { CatalogBody } from '../catalog/CatalogBody.tsx';
import { CoachPanel } from '../coach/CoachPanel.tsx';
import { InstructorPanel } from '../instructor/InstructorPanel.tsx';
import { useModes } from '../modes-store.ts';

const PANELS: Record<Mode, ComponentType> = { practice: CoachPanel, assessment: AssessmentPanel, instructor: InstructorPanel };

/** The mode's panel, or the catalog when no scenario was asked for (docked, overlaid or on the second screen). */
export function ModePanel() {
  const docked = useModes((s) => s.docked);
  const notice = useModes((s) => s.notice);
  const undock = useModes((s) => s.undock);
  const Panel = PANELS[useLab((s) => s.mode)];
  if (docked) {
    return (
      <section aria-label="Scenario catalog" className="dock-catalog">
        <CatalogBody notice={notice} />
        <div className="dialog-buttons">
          <button type="button" onClick={undock}>Hide scenarios</button>
        </div>
      </section>
    );
  }
  return <Panel />;
}
