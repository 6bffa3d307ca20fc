import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { provideAppPort } from '../../store/app-port.ts';
import { followSavesFromOtherTabs } from '../../store/history-store.ts';
import { currentShareLink } from '../url-sync.ts';
import { ControlsApp } from './ControlsApp.tsx';
import { followConsole } from './controls-link.ts';

/** Starts this page as the "Map and controls" window of the console `consoleId`. */
export function startControlsWindow(consoleId: string, root: HTMLElement): void {
  provideAppPort({ shareLink: currentShareLink, openSecondScreen: () => {}, closeSecondScreen: () => window.close() });
  document.title = 'Map and controls - Cluster Restore Lab';
  followConsole(consoleId);
  // This window writes the history too (the instructor's clock setting): from a fresh copy.
  followSavesFromOtherTabs();
  createRoot(root).render(
    <StrictMode>
      <ControlsApp />
    </StrictMode>,
  );
}
