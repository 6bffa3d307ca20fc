import { afterNextPaint } from '../lib/after-next-paint.ts';
import { provideAppPort } from '../store/app-port.ts';
import { labSession } from '../store/lab-session.ts';
import { followSavesFromOtherTabs } from '../store/history-store.ts';
import { setTabClaim } from '../store/tab-claim.ts';
import { saveAgainIfOverwritten, startAutosave } from './autosave.ts';
import { bootFromLink } from './boot.ts';
import { startCourseLaunch } from './course-launch.ts';
import { startClockScheduler } from './clock-scheduler.ts';
import { applyClockForMode, followChosenSpeed } from './clock-speed.ts';
import { currentShareLink, reflectInUrl } from './url-sync.ts';

/** Each attempt started, resumed or branched runs at its mode's speed and shows in the address. */
const followStarts = (): (() => void) =>
  labSession.subscribe((s, prev) => {
    if (s.run === prev.run) return;
    applyClockForMode();
    reflectInUrl();
  });

/**
 * One tab saves this lab (src/app/tab-claim.ts, loaded at once but out of the first download):
 * nothing is saved until it has settled which tab holds it. Without Web Locks there is nothing to
 * settle. Returns a stop function.
 */
function claimThisTab(): () => void {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return () => {};
  setTabClaim('checking');
  let stop: (() => void) | null = null;
  let stopped = false;
  // Its code can be fetched after the first frame: until it settles nothing is saved, and what changed meanwhile is saved then.
  const cancelLoad = afterNextPaint(() => void import('./tab-claim-here.ts').then(
    (m) => { if (!stopped) stop = m.startTabClaimHere(); },
    () => setTabClaim('here'),
  ));
  return () => {
    stopped = true;
    cancelLoad();
    stop?.();
  };
}

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
  stops.push(claimThisTab(), startAutosave(), followSavesFromOtherTabs(saveAgainIfOverwritten));
  if (clock) stops.push(startClockScheduler());
  return () => stops.forEach((stop) => stop());
}
