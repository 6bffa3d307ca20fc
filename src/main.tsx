// oxlint-disable-next-line import/no-unassigned-import -- configures zod before any schema exists (CSP)
import './app/strict-csp.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '98.css';
import './styles/nt4.css';
import { App } from './app/App.tsx';
import { setClockSpeed, startClockScheduler } from './app/clock-scheduler.ts';
import { startAutosave } from './modes/autosave.ts';
import { bootFromLink } from './modes/boot.ts';
import { setLinkSpeed } from './modes/session.ts';

// `?speed=10` runs simulated time faster (instructors, browser tests).
const speedParam = new URLSearchParams(location.search).get('speed');
const speed = Number(speedParam);
if (speedParam !== null && Number.isFinite(speed) && speed >= 0 && speed <= 100) {
  setClockSpeed(speed || 1);
  setLinkSpeed(speed || 1);
}
// `?scenario=…&mode=…&seed=…` starts (or resumes) a scenario; without it the catalog shows.
bootFromLink(location.search);
startAutosave();
startClockScheduler();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
