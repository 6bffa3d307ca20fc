import { provideAppPort } from '../store/app-port.ts';
import { labSession } from '../store/lab-session.ts';
import { followSavesFromOtherTabs } from '../store/history-store.ts';
import { saveAgainIfOverwritten, startAutosave } from './autosave.ts';
import { bootFromLink } from './boot.ts';
import { startCourseLaunch } from './course-launch.ts';
import { startClockScheduler } from './clock-scheduler.ts';
import { applyClockForMode, followChosenSpeed } from './clock-speed.ts';
import { startTabClaimHere } from './tab-claim.ts';
import { currentShareLink, reflectInUrl } from './url-sync.ts';

/** Each attempt started, resumed or branched runs at its mode's speed and shows in the address. */
const followStarts = (): (() => void) =>
  labSession.subscribe((s, prev) => {
    if (s.run === prev.run) return;
    applyClockForMode();
    reflectInUrl();
  });

/**
 * Wires the lab: what the features may ask of the app, the reactions to each start, the saved
 * attempt, then the link's scenario (or the catalog) and the clock. Returns a stop function.
 */
export function startLabApp(search: string, { clock = true } = {}): () => void {
  provideAppPort({
    shareLink: currentShareLink,
    // The second screen's code loads when it is first asked for, not with the console.
    openSecondScreen: () => void import('./second-screen/console-host.ts').then((m) => m.openSecondScreen()),
    closeSecondScreen: () => void import('./second-screen/console-host.ts').then((m) => m.closeSecondScreen()),
  });
  const stops = [followStarts(), followChosenSpeed()];
  // A course package (SCORM) asks its learning platform how to start; standalone, the address decides.
  const boot = () => bootFromLink(search);
  if (!startCourseLaunch(search, boot)) boot();
  // One tab saves this lab (a second tab of it says so); every tab follows what the others save.
  stops.push(startTabClaimHere(), startAutosave(), followSavesFromOtherTabs(saveAgainIfOverwritten));
  if (clock) stops.push(startClockScheduler());
  return () => stops.forEach((stop) => stop());
}
