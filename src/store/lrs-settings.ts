import { createStore } from 'zustand/vanilla';

/**
 * Instructor's Learning Record Store for xAPI without an LMS: kept in this browser only (never in a
 * share link or an export), and every attempt in this browser reports to it.
 */
export interface LrsSettings {
  endpoint: string;
  key: string;
  secret: string;
  /** How the LRS names the trainee on this computer. */
  learner: string;
}

const KEY = 'cluster-restore-lab.lrs.v1';

function load(): LrsSettings | null {
  try {
    const raw = localStorage.getItem(KEY);
    const v = raw ? (JSON.parse(raw) as Partial<LrsSettings>) : null;
    return v && typeof v.endpoint === 'string' && v.endpoint ? { endpoint: v.endpoint, key: v.key ?? '', secret: v.secret ?? '', learner: v.learner ?? '' } : null;
  } catch {
    return null;
  }
}

export const lrsSettings = createStore<{ settings: LrsSettings | null }>(() => ({ settings: load() }));

/** Saves (or, with null, forgets) the LRS settings of this browser. */
export function saveLrsSettings(settings: LrsSettings | null): void {
  try {
    if (settings) localStorage.setItem(KEY, JSON.stringify(settings));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the settings still apply until the page closes.
  }
  lrsSettings.setState({ settings });
}

/** Checks an endpoint typed by an instructor; returns a plain-language problem or null. */
export function endpointProblem(endpoint: string): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'The endpoint is not a web address (it looks like https://lrs.example.org/xapi/).';
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'The endpoint must start with https:// (or http:// for an LRS on this computer).';
}
