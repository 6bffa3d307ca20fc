import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '98.css';
import './styles/nt4.css';
import { App } from './app/App.tsx';
import { startClockScheduler } from './app/clock-scheduler.ts';

startClockScheduler();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
