import type { SimEvent } from '../../sim/events.ts';
import { labSession, sendLab } from '../../store/lab-session.ts';

/** Sends a world event; returns the engine's refusal message, or null when it was accepted. */
export function sendChecked(event: SimEvent): string | null {
  sendLab(event);
  return labSession.getState().snapshot.context.lastError?.message ?? null;
}
