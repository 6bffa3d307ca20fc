import type { Send } from '../../sim/cli/console.ts';
import { labSession, sendLab } from '../../store/lab-session.ts';

/** Sends the console's event through the one door and reports the engine's answer and the world after it. */
export const sendFromConsole: Send = (event) => {
  sendLab(event);
  const { context } = labSession.getState().snapshot;
  return { error: context.lastError, world: context.world };
};
