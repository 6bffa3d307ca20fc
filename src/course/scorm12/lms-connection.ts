import type { Scorm12Api } from './find-api.ts';

/**
 * Thin I/O over the LMS's API: every call is checked, and a failing one is turned into one plain
 * message (`LMSGetLastError`, its string and diagnostic) for the trainee, logged once, never thrown.
 */
export class LmsConnection {
  private reported = new Set<string>();
  private readonly api: Scorm12Api;
  private readonly onProblem: (message: string) => void;

  constructor(api: Scorm12Api, onProblem: (message: string) => void) {
    this.api = api;
    this.onProblem = onProblem;
  }

  private call(what: string, run: () => string): string | null {
    let result: string;
    try {
      result = String(run());
    } catch (e) {
      this.problem(what, `it threw ${(e as Error)?.message ?? String(e)}`);
      return null;
    }
    return result;
  }

  private failed(what: string): void {
    let code = '0';
    let text = '';
    try {
      code = String(this.api.LMSGetLastError());
      text = [this.api.LMSGetErrorString(code), this.api.LMSGetDiagnostic(code)].filter((t) => t && String(t).trim()).join(' – ');
    } catch {
      /* an API that cannot even say why: the message below still goes out */
    }
    this.problem(what, `error ${code}${text ? `: ${text}` : ''}`);
  }

  private problem(what: string, why: string): void {
    const key = `${what}:${why}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    console.warn(`SCORM ${what} failed (${why})`);
    this.onProblem(`The learning platform did not accept ${what} (${why}). Your attempt is still kept in this browser.`);
  }

  initialize(): boolean {
    const ok = this.call('the start of the session', () => this.api.LMSInitialize('')) === 'true';
    if (!ok) this.failed('the start of the session');
    return ok;
  }

  get(element: string): string {
    const value = this.call(`reading ${element}`, () => this.api.LMSGetValue(element));
    if (value === null) return '';
    if (value === '' && String(this.api.LMSGetLastError()) !== '0') this.failed(`reading ${element}`);
    return value;
  }

  set(element: string, value: string): boolean {
    const ok = this.call(`saving ${element}`, () => this.api.LMSSetValue(element, value)) === 'true';
    if (!ok) this.failed(`saving ${element}`);
    return ok;
  }

  commit(): boolean {
    const ok = this.call('saving your progress', () => this.api.LMSCommit('')) === 'true';
    if (!ok) this.failed('saving your progress');
    return ok;
  }

  finish(): boolean {
    const ok = this.call('the end of the session', () => this.api.LMSFinish('')) === 'true';
    if (!ok) this.failed('the end of the session');
    return ok;
  }
}
