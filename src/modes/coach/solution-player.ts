import { create } from 'zustand';
import type { SimEvent } from '../../sim/events.ts';
import { labSession, sendLab } from '../../store/lab-session.ts';

const STEP_MS = 700;

/** A demonstration in progress: the lab plays the way from here, one action at a time. */
export const useSolutionPlayer = create<{ playing: boolean; done: number; total: number }>()(() => ({ playing: false, done: 0, total: 0 }));

let timer: ReturnType<typeof setTimeout> | null = null;

export function stopDemonstration(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  useSolutionPlayer.setState({ playing: false });
}

/** Sends `events` with a pause between actions; stops early if the attempt ends or changes. */
export function playDemonstration(events: readonly SimEvent[]): void {
  stopDemonstration();
  const startedAt = labSession.getState().startedAt;
  let i = 0;
  useSolutionPlayer.setState({ playing: true, done: 0, total: events.length });
  const next = () => {
    const s = labSession.getState();
    if (i >= events.length || s.snapshot.status !== 'active' || s.startedAt !== startedAt) return stopDemonstration();
    sendLab(events[i++]);
    useSolutionPlayer.setState({ done: i });
    timer = setTimeout(next, events[i - 1].type === 'clock.tick' ? 80 : STEP_MS);
  };
  timer = setTimeout(next, STEP_MS);
}
