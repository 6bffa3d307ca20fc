import type { ComponentType } from 'react';
import { Dock } from '../modes/Dock.tsx';
import { Overlay } from '../modes/Overlay.tsx';
import { TopBar } from '../modes/TopBar.tsx';

/**
 * The parts of the lab around the console, each owned by its own folder. Keeping them here keeps `App` free of feature logic.
 */
export interface Regions {
  /** Strip above the console: scenario, mode, timer, mode actions (src/modes). */
  TopBar: ComponentType;
  /** Docked to the right of the console: procedure map, coach, instructor tools. */
  Dock: ComponentType;
  /** Above everything: banners, the report, first-run briefing. */
  Overlay: ComponentType;
}

export const REGIONS: Regions = { TopBar, Dock, Overlay };
