import type { ComponentType } from 'react';

/**
 * The parts of the lab around the console, each owned by its own folder. A region that is not
 * built yet renders nothing. Keeping them here keeps `App` free of feature logic.
 */
export interface Regions {
  /** Strip above the console: scenario, mode, timer, mode actions (src/modes). */
  TopBar: ComponentType;
  /** Docked to the right of the console: procedure map, coach, instructor tools. */
  Dock: ComponentType;
  /** Above everything: banners, the report, first-run briefing. */
  Overlay: ComponentType;
}

const Nothing = () => null;

export const REGIONS: Regions = {
  TopBar: Nothing,
  Dock: Nothing,
  Overlay: Nothing,
};
