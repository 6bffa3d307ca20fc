import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '98.css';
import './styles/nt4.css';
import { App } from './app/App.tsx';
import { setClockSpeed, startClockScheduler } from './app/clock-scheduler.ts';

// `?speed=10` runs simulated time faster (instructors, browser tests).
const speed = Number(new URLSearchParams(location.search).get('speed'));
if (Number.isFinite(speed) && speed >= 0 && speed <= 100) setClockSpeed(speed || 1);
startClockScheduler();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
