import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '98.css';
import './styles/nt4.css';
import { App } from './app/App.tsx';
import { startLabApp } from './app/controller.ts';
import { startDisplaySize } from './app/display-size.ts';
import { readSaves } from './app/read-saves.ts';
import { whenQuiet } from './lib/when-quiet.ts';

const params = new URLSearchParams(location.search);
const root = document.getElementById('root')!;
const secondScreen = params.get('view') === 'controls';

function start(): void {
  if (secondScreen) {
    // The instructor's second screen: loaded on demand, it follows a console instead of running a lab.
    void import('./app/second-screen/controls-main.tsx').then((m) => m.startControlsWindow(params.get('console') ?? '', root));
    return;
  }
  // `?scenario=…&mode=…&seed=…&speed=…` starts (or resumes) a scenario; without it the catalog shows.
  startLabApp(location.search);
  startDisplaySize();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// What this browser kept is read first: at once on a first visit; a returning one waits for the checks, loaded on demand.
const reading = readSaves();
if (reading) void reading.then(start);
else start();
if (!secondScreen) {
  const started = reading ?? Promise.resolve();
  // Offline install, course reporting, the windows fetched ahead: once the page has loaded and the trainee pauses (none of it in the first download).
  addEventListener('load', () => whenQuiet(() => void started.then(() => import('./app/after-load.ts'))), { once: true });
}
