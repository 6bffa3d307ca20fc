/** The SCORM 1.2 run-time API an LMS puts on a window (`window.API`). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The ADL sample gives up after this many parents: a frameset never nests deeper. */
const MAX_PARENTS = 500;

function apiOn(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return api && typeof (api as Scorm12Api).LMSInitialize === 'function' ? (api as Scorm12Api) : null;
  } catch {
    return null; // a window of another origin: not ours to read
  }
}

function searchUp(start: Window): Scorm12Api | null {
  let win: Window = start;
  for (let tries = 0; tries <= MAX_PARENTS; tries++) {
    const api = apiOn(win);
    if (api) return api;
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/**
 * The SCORM 1.2 RTE's API discovery: this window and its parents, then the window that opened
 * it (a pop-up launch) and its parents. Null when no LMS is there (the lab runs standalone).
 */
export function findScorm12Api(win: Window = window): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener) : null;
}
