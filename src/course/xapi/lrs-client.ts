import type { Statement } from './types.ts';

/** Where statements go: an xAPI endpoint and the Authorization header value (`Basic …`). */
export interface LrsTarget {
  endpoint: string;
  authorization: string;
}

const headers = (t: LrsTarget) => ({ Authorization: t.authorization, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' });
const resource = (t: LrsTarget, path: string) => new URL(path, t.endpoint.endsWith('/') ? t.endpoint : `${t.endpoint}/`);

/** The Authorization value for an LRS key and secret (HTTP Basic, as every conformant LRS accepts). */
export const basicAuth = (key: string, secret: string) => `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${key}:${secret}`)))}`;

async function failure(res: Response): Promise<Error> {
  const text = await res.text().catch(() => '');
  const detail = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  if (res.status === 401 || res.status === 403) return new Error(`The LRS refused the key (HTTP ${res.status}).`);
  return new Error(`The LRS answered HTTP ${res.status}${detail ? `: ${detail}` : ''}.`);
}

/** POSTs statements (xAPI 1.0.3 §2.1); `keepalive` lets the last ones leave with a closing page. */
export async function postStatements(t: LrsTarget, statements: readonly Statement[], keepalive = false): Promise<void> {
  let res: Response;
  try {
    res = await fetch(resource(t, 'statements'), { method: 'POST', headers: headers(t), body: JSON.stringify(statements), keepalive, credentials: 'omit' });
  } catch {
    throw new Error('The LRS cannot be reached (network down, wrong address, or it does not allow this site).');
  }
  if (!res.ok) throw await failure(res);
}

/** PUTs a JSON document to the State API (xAPI 1.0.3 §2.3.1). */
export async function putState(t: LrsTarget, q: { activityId: string; agent: unknown; stateId: string; registration?: string }, doc: unknown): Promise<void> {
  const url = resource(t, 'activities/state');
  url.searchParams.set('activityId', q.activityId);
  url.searchParams.set('agent', JSON.stringify(q.agent));
  url.searchParams.set('stateId', q.stateId);
  if (q.registration) url.searchParams.set('registration', q.registration);
  const res = await fetch(url, { method: 'PUT', headers: headers(t), body: JSON.stringify(doc), credentials: 'omit' });
  if (!res.ok) throw await failure(res);
}

/** GETs a JSON document from the State API, or null when there is none. */
export async function getState(t: LrsTarget, q: { activityId: string; agent: unknown; stateId: string; registration?: string }): Promise<unknown> {
  const url = resource(t, 'activities/state');
  url.searchParams.set('activityId', q.activityId);
  url.searchParams.set('agent', JSON.stringify(q.agent));
  url.searchParams.set('stateId', q.stateId);
  if (q.registration) url.searchParams.set('registration', q.registration);
  const res = await fetch(url, { headers: headers(t), credentials: 'omit' });
  if (res.status === 404) return null;
  if (!res.ok) throw await failure(res);
  return res.json();
}
