import { appPort } from '../../store/app-port.ts';
import { useSecondScreen } from '../../store/second-screen.ts';

/**
 * Opens "Map and controls" in a window of its own, for a second screen (the console then takes the
 * full width); once it is open, the same place brings the panels back to this window.
 */
export function SecondScreenButton() {
  const status = useSecondScreen((s) => s.status);
  if (status === 'connected') return <button type="button" onClick={() => appPort().closeSecondScreen()}>Close map and controls window</button>;
  return (
    <>
      <button type="button" onClick={() => appPort().openSecondScreen()}>Map and controls…</button>
      {status === 'blocked' && <span className="coach-note" role="alert">The browser blocked the new window: allow pop-ups for this lab.</span>}
    </>
  );
}
