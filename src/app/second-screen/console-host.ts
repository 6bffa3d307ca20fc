import { labSession, sendLab, setClockSpeed, type LabSession } from '../../store/lab-session.ts';
import { setSecondScreenStatus, useSecondScreen } from '../../store/second-screen.ts';
import { BEAT_MS, CHANNEL, consoleIdOf, controlsUrl, isFor, LOST_MS, type LabCopy, type Message } from './protocol.ts';

/**
 * The console's side of the second screen, loaded on demand: it opens the "Map and controls"
 * window, sends it the lab whenever the lab changes, and applies what the instructor does there
 * through `sendLab`, as if done here.
 */
const consoleId = consoleIdOf(typeof sessionStorage === 'undefined' ? undefined : sessionStorage, () => crypto.randomUUID());
let host: { win: Window | null; stop: () => void } | null = null;

const copyOf = (s: LabSession): LabCopy => ({ scenarioId: s.scenario.id, mode: s.mode, attempt: s.attempt, startedAt: s.startedAt, clockSpeed: s.clockSpeed });

function startHost(): NonNullable<typeof host> {
  const channel = new BroadcastChannel(CHANNEL);
  const post = (m: Message) => channel.postMessage(m);
  const sendState = () => post({ t: 'state', console: consoleId, lab: copyOf(labSession.getState()) });
  let heard = Date.now();

  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (!isFor(e.data, consoleId)) return;
    const m = e.data;
    if (m.t === 'hello' || (m.t === 'beat' && m.from === 'controls')) {
      heard = Date.now();
      if (useSecondScreen.getState().status !== 'connected') setSecondScreenStatus('connected');
      if (m.t === 'hello') sendState();
    } else if (m.t === 'command') {
      sendLab(m.event);
    } else if (m.t === 'speed') {
      setClockSpeed(m.clockSpeed);
    } else if (m.t === 'bye' && m.from === 'controls') {
      setSecondScreenStatus('off');
    }
  };
  const unsubscribe = labSession.subscribe((s, prev) => {
    if (s.attempt !== prev.attempt || s.mode !== prev.mode || s.scenario !== prev.scenario || s.clockSpeed !== prev.clockSpeed) sendState();
  });
  const beat = setInterval(() => {
    post({ t: 'beat', console: consoleId, from: 'console' });
    if (useSecondScreen.getState().status === 'connected' && Date.now() - heard > LOST_MS) setSecondScreenStatus('off');
  }, BEAT_MS);
  const bye = () => post({ t: 'bye', console: consoleId, from: 'console' });
  addEventListener('pagehide', bye);
  return {
    win: null,
    stop: () => {
      bye();
      unsubscribe();
      clearInterval(beat);
      removeEventListener('pagehide', bye);
      channel.close();
    },
  };
}

/** Opens (or brings forward) the "Map and controls" window and starts following it. */
export function openSecondScreen(): void {
  host ??= startHost();
  const win = window.open(controlsUrl(location.href, consoleId), `crl-controls-${consoleId}`, 'popup,width=960,height=800');
  if (!win) {
    setSecondScreenStatus('blocked');
    return;
  }
  host.win = win;
  win.focus();
  if (useSecondScreen.getState().status !== 'connected') setSecondScreenStatus('opening');
}

/** Closes the controls window (if this page opened it) and gives the console its panels back. */
export function closeSecondScreen(): void {
  host?.win?.close();
  host?.stop();
  host = null;
  setSecondScreenStatus('off');
}
