import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useDisplayPrefs } from '../../store/display-prefs.ts';
import { LazyMap } from '../LazyMap.tsx';

type Open = 'panel' | 'map' | null;

interface Props {
  /** The mode panel's name: Coach, Instructor, Assessment or Scenarios. */
  label: string;
  panel: ReactNode;
  mapAllowed: boolean;
}

/** Title bar of an overlaid panel: its name, Pin (dock it beside the console) and Close. */
function OverlayCaption({ title, onClose }: { title: string; onClose: () => void }) {
  const pin = useDisplayPrefs((s) => s.setDockPinned);
  return (
    <div className="dock-title title-bar">
      <h2 className="title-bar-text dock-title-text">{title}</h2>
      <span className="dock-caption-buttons">
        <button type="button" className="dock-toggle" onClick={() => pin(true)}>Pin</button>
        <button type="button" className="dock-toggle" aria-label={`Close ${title.toLowerCase()}`} onClick={onClose}>Close ×</button>
      </span>
    </div>
  );
}

/**
 * The dock on a narrow screen: a slim strip of toggles beside the console, each opening its panel
 * over the console's right edge. Pin docks the panels beside the console instead (remembered).
 */
export function DockRail({ label, panel, mapAllowed }: Props) {
  const id = useId();
  const [open, setOpen] = useState<Open>(null);
  const toggles = useRef<Record<string, HTMLButtonElement | null>>({});
  const returnTo = useRef<Open>(null);
  const shown: Open = open === 'map' && !mapAllowed ? null : open;
  const close = () => { returnTo.current = shown; setOpen(null); };
  useEffect(() => {
    if (open !== null || !returnTo.current) return;
    toggles.current[returnTo.current]?.focus();
    returnTo.current = null;
  }, [open]);

  const toggle = (which: 'panel' | 'map', text: string) => (
    <button
      ref={(el) => { toggles.current[which] = el; }}
      type="button"
      className="dock-rail-toggle"
      aria-expanded={shown === which}
      aria-controls={shown === which ? `${id}-${which}` : undefined}
      onClick={() => setOpen(shown === which ? null : which)}
    >
      {text}
    </button>
  );

  return (
    <div className="dock-rail-column" onKeyDown={(e) => { if (e.key === 'Escape' && shown) { e.stopPropagation(); close(); } }}>
      <nav className="dock-rail" aria-label="Panels">
        {toggle('panel', label)}
        {mapAllowed && toggle('map', 'Map')}
      </nav>
      {shown === 'panel' && (
        <aside id={`${id}-panel`} className="lab-dock modes-dock dock-overlay" aria-label={label}>
          <OverlayCaption title={label} onClose={close} />
          <div className="dock-scroll">{panel}</div>
        </aside>
      )}
      {shown === 'map' && (
        <aside id={`${id}-map`} className="lab-dock dock-overlay dock-overlay-map" aria-label="Procedure map">
          <OverlayCaption title="Procedure map" onClose={close} />
          <LazyMap embedded />
        </aside>
      )}
    </div>
  );
}
