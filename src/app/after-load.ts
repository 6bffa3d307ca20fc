import { findAnyScenario } from '../modes/imported-scenarios.ts';
import { useModes } from '../modes/modes-store.ts';
import { resumeOrBegin } from '../modes/session.ts';
import { scoreAttempt } from '../sim/scoring/score.ts';
import { labSession, resumeLab } from '../store/lab-session.ts';
import { lrsSettings } from '../store/lrs-settings.ts';
import { registerServiceWorker } from './offline/service-worker.ts';
import { APPS } from '../sim/world/names.ts';
import { TOOL_WINDOWS } from '../windows/registry.ts';

/**
 * Loaded once the page has loaded and the trainee pauses (main.tsx, src/lib/when-quiet.ts), so
 * none of this is in the first download or on the first clicks. It fetches the programs' windows
 * ahead of their first opening. A cmi5 launch reports to the LMS; the standalone lab installs
 * itself for offline use and reports to the instructor's LRS when one is set. The SCORM and cmi5
 * packages are marked `<meta name="lab-launch">` and never register a service worker.
 */
const CMI5_PARAMETERS = ['endpoint', 'fetch', 'registration', 'activityId', 'actor'];
const search = new URLSearchParams(location.search);
const given = CMI5_PARAMETERS.filter((p) => search.get(p));
const marked = document.querySelector('meta[name="lab-launch"]')?.getAttribute('content') ?? null;

// The programs' windows, so the first double-click does not wait for the network.
for (const app of APPS) void TOOL_WINDOWS[app].Body.preload?.().catch(() => undefined);

// A launch the course refused has already said so in the Course box; the lab runs on, recording nothing.
if (given.length === CMI5_PARAMETERS.length) launchCmi5().catch((e: unknown) => console.error('cmi5 launch refused; nothing is recorded.', e));
else if (given.length || marked === 'cmi5') void explainMissingCmi5();
else if (!marked) {
  registerServiceWorker();
  followLrsSettings();
}

async function launchCmi5() {
  const { startCmi5 } = await import('../course/cmi5/launch.ts');
  const s = await startCmi5((lab, report) => void [lab, report]);
  const { scenario, mode } = labSession.getState();
  // Browse: the trainee explores without credit, with the practice help; Normal: the assessment.
  if (s.launchMode === 'Browse' && mode !== 'practice') resumeOrBegin(scenario, 'practice');
  if (s.launchMode === 'Review') {
    const attempt = s.reviewAttempt;
    const reviewed = attempt && findAnyScenario(attempt.scenarioId);
    if (!attempt || !reviewed) {
      useModes.getState().showCatalogDocked('This is a Review launch, and the course holds no finished attempt of this lab to show.');
      return;
    }
    resumeLab(reviewed, 'assessment', attempt, Date.now());
    useModes.getState().open({ kind: 'report', report: scoreAttempt(attempt, reviewed), attempt, mode: 'assessment', finishedAt: null });
  }
}

async function explainMissingCmi5() {
  const { statusBox } = await import('../course/status-box.ts');
  const missing = CMI5_PARAMETERS.filter((p) => !search.get(p));
  statusBox('Course', 'alert').set(
    `This lab was meant to be opened from a cmi5 course, but the course's launch details are missing (${missing.join(', ')}). ` +
    'Open it again from the course in your learning platform. Until then you can practise here; nothing is recorded.',
  );
}

/** Reports to the instructor's LRS while one is set in this browser (Instructor mode, Learning Record Store…). */
function followLrsSettings() {
  let stop: (() => Promise<void>) | null = null;
  let key = '';
  const apply = async () => {
    const { settings } = lrsSettings.getState();
    const next = settings ? JSON.stringify(settings) : '';
    if (next === key) return;
    key = next;
    if (stop) await stop();
    stop = null;
    if (settings) stop = (await import('../course/xapi/standalone.ts')).startLrsReporting(settings);
  };
  lrsSettings.subscribe(() => void apply());
  void apply();
}
