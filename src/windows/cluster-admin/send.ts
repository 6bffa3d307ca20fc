import type { SimEvent } from '../../sim/events.ts';
import { labSession, sendLab } from '../../store/lab-session.ts';

/**
 * Sends a command to the world and returns the message of the error it refused it with, if any
 * (the engine leaves it in `lastError` right after the event).
 */
export function sendCommand(event: SimEvent): string | null {
  const before = labSession.getState().snapshot;
  sendLab(event);
  const after = labSession.getState().snapshot;
  if (after === before) return null;
  return after.context.lastError?.message ?? null;
}
