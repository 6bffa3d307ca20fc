import { lazy, type ComponentType } from 'react';
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

// The dock mounts after the first frame (App): its code (coach, instructor tools, the map's loader) is fetched then too.
const Dock = lazy(() => import('../modes/Dock.tsx').then((m) => ({ default: m.Dock })));

export const REGIONS: Regions = { TopBar, Dock, Overlay };
