import { labSession, sendLab } from '../store/lab-session.ts';

const TICK_MS = 250;

/**
 * Sends `clock.tick` while something is pending (a resource coming online, a restore running), at
 * the lab's clock speed (0 pauses). Idle time is not logged, so an attempt's log stays short.
 * Returns a stop function.
 */
export function startClockScheduler(): () => void {
  const timer = setInterval(() => {
    const { snapshot, clockSpeed } = labSession.getState();
    if (clockSpeed <= 0 || snapshot.status !== 'active' || snapshot.context.world.ops.length === 0) return;
    sendLab({ type: 'clock.tick', ms: TICK_MS * clockSpeed });
  }, TICK_MS);
  return () => clearInterval(timer);
}
