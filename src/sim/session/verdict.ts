import type { SimError } from '../engine/result.ts';

/**
 * What became of one entry sent to the session: `accepted` (logged; the world may have moved),
 * `refused` (logged, but the engine refused it: nothing changed; `error` says why, fit for a
 * message box), `ignored` (not logged: the attempt is over).
 */
export type Verdict = { kind: 'accepted' } | { kind: 'refused'; error: SimError } | { kind: 'ignored' };

export const ACCEPTED: Verdict = { kind: 'accepted' };
export const IGNORED: Verdict = { kind: 'ignored' };

/** The refusal's message, or null when the entry was accepted or ignored. */
export const refusalOf = (v: Verdict): string | null => (v.kind === 'refused' ? v.error.message : null);
