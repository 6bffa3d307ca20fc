import type { Send } from '../../sim/cli/console.ts';
import { getWorld, sendLab } from '../../store/lab-session.ts';

/** Sends the console's event through the one door; the command reads the verdict and the world after it. */
export const sendFromConsole: Send = (event) => {
  const verdict = sendLab(event);
  return { verdict, world: getWorld() };
};
