import { findAnyScenario } from '../../modes/imported-scenarios.ts';
import { resumeSession } from '../../sim/session/session.ts';
import { labSession, relayLabTo } from '../../store/lab-session.ts';
import { setSecondScreenStatus, useSecondScreen } from '../../store/second-screen.ts';
import { BEAT_MS, CHANNEL, isFor, LOST_MS, type LabCopy, type Message } from './protocol.ts';

/** Shows the console's lab here: the same scenario, mode and attempt, rebuilt by replaying it. */
function adopt(lab: LabCopy): boolean {
  const scenario = findAnyScenario(lab.scenarioId);
  if (!scenario) return false;
  const s = labSession.getState();
  if (s.attempt === lab.attempt) return true;
  labSession.setState({ ...resumeSession(scenario, lab.attempt), mode: lab.mode, startedAt: lab.startedAt, clockSpeed: lab.clockSpeed, run: s.run + 1 });
  return true;
}

/**
 * The "Map and controls" window's side: it follows the console `consoleId` and sends every command
 * (fault, jump, undo, clock) to it instead of changing its own copy. Returns a stop function.
 */
export function followConsole(consoleId: string): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  const post = (m: Message) => channel.postMessage(m);
  let heard = 0;
  relayLabTo({
    command: (event) => post({ t: 'command', console: consoleId, event }),
    speed: (clockSpeed) => post({ t: 'speed', console: consoleId, clockSpeed }),
  });
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (!isFor(e.data, consoleId)) return;
    const m = e.data;
    if (m.t === 'state') {
      heard = Date.now();
      setSecondScreenStatus(adopt(m.lab) ? 'connected' : 'console-lost');
    } else if (m.t === 'beat' && m.from === 'console') {
      heard = Date.now();
      if (useSecondScreen.getState().status === 'console-lost') post({ t: 'hello', console: consoleId });
    } else if (m.t === 'bye' && m.from === 'console') {
      setSecondScreenStatus('console-lost');
    }
  };
  post({ t: 'hello', console: consoleId });
  const beat = setInterval(() => {
    post({ t: 'beat', console: consoleId, from: 'controls' });
    if (useSecondScreen.getState().status === 'connected' && Date.now() - heard > LOST_MS) setSecondScreenStatus('console-lost');
  }, BEAT_MS);
  const bye = () => post({ t: 'bye', console: consoleId, from: 'controls' });
  addEventListener('pagehide', bye);
  return () => {
    bye();
    clearInterval(beat);
    removeEventListener('pagehide', bye);
    relayLabTo(null);
    channel.close();
  };
}
