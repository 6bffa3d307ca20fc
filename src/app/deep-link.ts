import type { Mode } from '../sim/scenarios/types.ts';
import { MODES } from '../sim/session/mode-policy.ts';
import { DEFAULT_SEED } from '../sim/session/session.ts';

/** What the address bar asks for. Pure: no window, no storage. */
export type LinkRequest =
  /** No scenario asked for: show the catalog. */
  | { kind: 'catalog' }
  | { kind: 'start'; scenarioId: string; mode: Mode; seed: number; seedGiven: boolean }
  /** Something in the link cannot be used; `problem` says what, in plain words. */
  | { kind: 'invalid'; problem: string };

const isMode = (m: string): m is Mode => (MODES as readonly string[]).includes(m);

/**
 * Reads `?scenario=<id>&mode=practice|assessment|instructor&seed=<n>`. A scenario without a mode
 * means practice; anything unknown is reported, never guessed.
 */
export function parseDeepLink(search: string, scenarioExists: (id: string) => boolean): LinkRequest {
  const params = new URLSearchParams(search);
  const scenarioId = params.get('scenario');
  const modeParam = params.get('mode');
  const seedParam = params.get('seed');
  if (scenarioId === null && modeParam === null && seedParam === null) return { kind: 'catalog' };
  if (scenarioId === null || scenarioId.trim() === '') return { kind: 'invalid', problem: 'The link does not name a scenario.' };
  if (!scenarioExists(scenarioId)) return { kind: 'invalid', problem: `There is no scenario called “${scenarioId}”.` };
  const mode = modeParam ?? 'practice';
  if (!isMode(mode)) return { kind: 'invalid', problem: `“${mode}” is not a mode. Use practice, assessment or instructor.` };
  if (seedParam === null) return { kind: 'start', scenarioId, mode, seed: DEFAULT_SEED, seedGiven: false };
  const seed = Number(seedParam);
  if (seedParam.trim() === '' || !Number.isSafeInteger(seed) || seed < 0) return { kind: 'invalid', problem: `“${seedParam}” is not a valid seed (a whole number, 0 or more).` };
  return { kind: 'start', scenarioId, mode, seed, seedGiven: true };
}

/**
 * The query string for a running attempt: scenario, mode and seed, keeping any other parameter
 * (such as `speed`) as it was.
 */
export function formatDeepLink(search: string, link: { scenarioId: string; mode: Mode; seed: number }): string {
  const params = new URLSearchParams(search);
  params.set('scenario', link.scenarioId);
  params.set('mode', link.mode);
  params.set('seed', String(link.seed));
  return `?${params.toString()}`;
}

/** The link to share: only what it takes to start the same scenario (no test-only parameters). */
export function shareLink(origin: string, pathname: string, link: { scenarioId: string; mode: Mode; seed: number }): string {
  return `${origin}${pathname}${formatDeepLink('', link)}`;
}

/** The query string with the scenario parameters removed (the catalog is showing). */
export function clearDeepLink(search: string): string {
  const params = new URLSearchParams(search);
  for (const k of ['scenario', 'mode', 'seed']) params.delete(k);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * `?speed=10` runs simulated time ten times faster (instructors, browser tests): a number from 0 to
 * 100 (0 means real time). Null when the link sets no usable speed.
 */
export function parseLinkSpeed(search: string): number | null {
  const param = new URLSearchParams(search).get('speed');
  const speed = Number(param);
  if (param === null || !Number.isFinite(speed) || speed < 0 || speed > 100) return null;
  return speed || 1;
}
