import type { Mode } from '../../sim/scenarios/types.ts';
import { MODES, policyOf } from '../../sim/session/mode-policy.ts';
/** `0:03:07` (h:mm:ss) for a duration in ms; negative counts as zero. Pure. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** `3 min 7 s` for screen readers and reports. */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h && `${h} h`, m && `${m} min`, (s || (!h && !m)) && `${s} s`].filter(Boolean).join(' ');
}

export const MODE_LABELS = Object.fromEntries(MODES.map((m) => [m, policyOf(m).label])) as Readonly<Record<Mode, string>>;
