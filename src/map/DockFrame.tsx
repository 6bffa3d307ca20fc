import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useHistory } from '../store/history-store.ts';
import { clampWidth, maxWidth, MIN_WIDTH, useMapPrefs } from './map-prefs.ts';

const STEP = 16;

function useViewportWidth(): number {
  const [w, setW] = useState(() => (typeof window === 'undefined' ? 1366 : window.innerWidth));
  useEffect(() => {
    const on = () => setW(window.innerWidth);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return w;
}

/** APG window splitter on the dock's left edge: drag it, or focus it and use the arrow keys. */
function ResizeHandle({ width, viewport }: { width: number; viewport: number }) {
  const setWidth = useMapPrefs((s) => s.setWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setWidth(clampWidth(drag.current.width + drag.current.x - e.clientX, viewport));
  };
  const onPointerUp = () => { drag.current = null; };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const next = e.key === 'ArrowLeft' ? width + step : e.key === 'ArrowRight' ? width - step : e.key === 'Home' ? MIN_WIDTH : e.key === 'End' ? maxWidth(viewport) : null;
    if (next === null) return;
    e.preventDefault();
    setWidth(clampWidth(next, viewport));
  };
  return (
    <div
      className="map-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize procedure map"
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={maxWidth(viewport)}
      aria-valuetext={`${width} pixels wide`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}

/**
 * The map's dock beside the console: never over it. Resizable (width remembered), and it can be
 * hidden to a narrow strip whose button brings it back (remembered in the history settings).
 */
export function DockFrame({ children }: { children: ReactNode }) {
  const saved = useMapPrefs((s) => s.width);
  const viewport = useViewportWidth();
  const width = clampWidth(saved, viewport);
  const visible = useHistory((s) => s.settings.mapVisible);
  const setSettings = useHistory((s) => s.setSettings);
  const showButton = useRef<HTMLButtonElement>(null);
  const hideButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  const setVisible = useCallback((v: boolean) => { moveFocus.current = true; setSettings({ mapVisible: v }); }, [setSettings]);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (visible ? hideButton : showButton).current?.focus();
  }, [visible]);

  if (!visible) {
    return (
      <aside className="lab-dock map-dock map-dock-hidden" aria-label="Procedure map">
        <button ref={showButton} type="button" className="map-show" aria-label="Show procedure map" title="Show procedure map" onClick={() => setVisible(true)}>
          <span aria-hidden="true">◄ Procedure map</span>
        </button>
      </aside>
    );
  }
  return (
    <aside className="lab-dock map-dock" aria-label="Procedure map" style={{ width }}>
      <ResizeHandle width={width} viewport={viewport} />
      <div className="map-dock-body">
        <div className="title-bar map-caption">
          <h2 className="title-bar-text map-caption-text">Procedure map</h2>
          <button ref={hideButton} type="button" className="map-hide" aria-label="Hide procedure map" onClick={() => setVisible(false)}>
            Hide ►
          </button>
        </div>
        {children}
      </div>
    </aside>
  );
}

/** The map inside another panel (a replay): that panel owns the size and the Show/Hide. */
export function EmbeddedFrame({ children }: { children: ReactNode }) {
  return <div className="map-embedded">{children}</div>;
}
