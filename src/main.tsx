import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '98.css';
import './styles/nt4.css';
import { App } from './app/App.tsx';
import { startLabApp } from './app/controller.ts';
import { startDisplaySize } from './app/display-size.ts';

const params = new URLSearchParams(location.search);
const root = document.getElementById('root')!;

if (params.get('view') === 'controls') {
  // The instructor's second screen: loaded on demand, it follows a console instead of running a lab.
  void import('./app/second-screen/controls-main.tsx').then((m) => m.startControlsWindow(params.get('console') ?? '', root));
} else {
  // `?scenario=…&mode=…&seed=…&speed=…` starts (or resumes) a scenario; without it the catalog shows.
  startLabApp(location.search);
  startDisplaySize();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Offline install and course reporting: set up once the page has loaded and the browser is idle (none of it in the first download).
  addEventListener('load', () => requestIdleCallback(() => void import('./app/after-load.ts'), { timeout: 5000 }), { once: true });
}
