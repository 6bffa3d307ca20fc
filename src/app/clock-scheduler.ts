import { labSession, sendLab } from '../store/lab-session.ts';

const TICK_MS = 250;
let speed = 1;

/** Simulated-time multiplier: 0 pauses, 1 is real time, 10 is ten times faster. */
export const setClockSpeed = (value: number) => { speed = value; };
export const getClockSpeed = () => speed;

/**
 * Sends `clock.tick` while something is pending (a resource coming online, a restore running).
 * Idle time is not logged, so an attempt's log stays short. Returns a stop function.
 */
export function startClockScheduler(): () => void {
  const timer = setInterval(() => {
    const { snapshot } = labSession.getState();
    if (speed <= 0 || snapshot.status !== 'active' || snapshot.context.world.ops.length === 0) return;
    sendLab({ type: 'clock.tick', ms: TICK_MS * speed });
  }, TICK_MS);
  return () => clearInterval(timer);
}
