import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cmi5Problems, xapiProblems, type Cmi5Launch } from './cmi5-rules.ts';

/**
 * A small Learning Record Store and cmi5 LMS stand-in on 127.0.0.1 for the e2e tests: the cmi5
 * fetch URL (one auth token, once), statements (PUT/POST/GET), activities/state (LMS.LaunchData),
 * agents/profile (cmi5LearnerPreferences). Every statement is checked with Learning Locker's
 * validator on arrival; `cmi5Problems()` checks the session against the cmi5 rules. `refuse(n)`
 * answers the next statement requests with 503, as an LRS that is down would.
 */
type Json = Record<string, unknown>;

export interface LrsFixture {
  url: string;
  /** The xAPI endpoint (ends with a slash). */
  endpoint: string;
  statements: Json[];
  /** Problems found on arrival (invalid xAPI, wrong auth). */
  problems: string[];
  /** A cmi5 launch: the query string an LMS appends to the AU's URL. */
  /**
   * `registration`: an earlier launch's, as an LMS relaunches the same enrolment (Review);
   * `publisherId`: the AU's id in cmi5.xml, which the LMS puts in the context template's grouping.
   */
  cmi5Launch(opts?: { launchMode?: Cmi5Launch['launchMode']; masteryScore?: number; returnURL?: string; activityId?: string; registration?: string; publisherId?: string }): { query: string; launch: Cmi5Launch };
  /** The cmi5 rules over what arrived since the last launch. */
  cmi5Problems(): string[];
  /** A State API document the AU stored for `registration` (undefined: none). */
  stateDocument(stateId: string, registration: string): string | undefined;
  /** Answer statement requests with 503 while `refusing` is true. */
  refuse(on: boolean): void;
  /** Basic credentials the plain-xAPI settings use. */
  basicKey: { key: string; secret: string };
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'access-control-expose-headers': 'X-Experience-API-Version, ETag',
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLrs(): Promise<LrsFixture> {
  const basicKey = { key: 'lab-key', secret: 'lab-secret' };
  const accepted = new Set([`Basic ${Buffer.from(`${basicKey.key}:${basicKey.secret}`).toString('base64')}`]);
  const statements: Json[] = [];
  const problems: string[] = [];
  const state = new Map<string, string>();
  const tokens = new Map<string, string | null>(); // fetch id -> token (null once used)
  let refusing = false;
  let launch: Cmi5Launch | null = null;
  /** Statements before this index belong to earlier launches. */
  let launchStart = 0;

  const send = (res: ServerResponse, status: number, data?: unknown, type = 'application/json') => {
    res.writeHead(status, { ...CORS, 'x-experience-api-version': '1.0.3', ...(data === undefined ? {} : { 'content-type': type }) });
    res.end(data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data));
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') return send(res, 204);
    try {
      if (url.pathname.startsWith('/fetch/')) {
        const id = url.pathname.slice(7);
        if (req.method !== 'POST') return send(res, 405);
        const token = tokens.get(id);
        // cmi5 §8.2.3: the fetch URL hands out its token once; later calls get an error.
        if (!token) return send(res, 200, { 'error-code': '1', 'error-text': 'This fetch URL was already used' });
        tokens.set(id, null);
        accepted.add(`Basic ${token}`);
        return send(res, 200, { 'auth-token': token });
      }
      if (url.pathname === '/return') return send(res, 200, '<!doctype html><title>Course</title><h1>Back in the course</h1>', 'text/html');
      if (!url.pathname.startsWith('/xapi/')) return send(res, 404);
      const resource = url.pathname.slice(6);
      if (resource === 'about') return send(res, 200, { version: ['1.0.3'] });
      if (!accepted.has(req.headers.authorization ?? '')) {
        problems.push(`${req.method} ${resource}: not authorised (${req.headers.authorization ?? 'no Authorization header'})`);
        return send(res, 401, { message: 'Unauthorized' });
      }
      if (resource === 'statements') {
        if (req.method === 'GET') return send(res, 200, { statements: [...statements].reverse(), more: '' });
        if (refusing) return send(res, 503, { message: 'LRS unavailable (fixture refusing)' });
        const parsed = JSON.parse(await body(req)) as Json | Json[];
        const batch = Array.isArray(parsed) ? parsed : [parsed];
        const paramId = url.searchParams.get('statementId');
        if (req.method === 'PUT' && (!paramId || batch.length !== 1)) return send(res, 400, { message: 'PUT needs statementId and one statement' });
        const ids: string[] = [];
        for (const s of batch) {
          if (paramId && !s.id) s.id = paramId;
          s.id ??= randomUUID();
          const found = xapiProblems(s);
          if (found.length) {
            problems.push(`statement ${String(s.id)}: ${found.join('; ')}`);
            return send(res, 400, { message: found.join('; ') });
          }
          // Same id twice is a retry of something already stored: accept it once (xAPI §2.2.3).
          if (!statements.some((old) => old.id === s.id)) statements.push(s);
          ids.push(String(s.id));
        }
        return req.method === 'PUT' ? send(res, 204) : send(res, 200, ids);
      }
      if (resource === 'activities/state' || resource === 'agents/profile') {
        const key = `${resource}|${url.searchParams.get('activityId') ?? ''}|${url.searchParams.get('stateId') ?? url.searchParams.get('profileId')}|${url.searchParams.get('registration') ?? ''}`;
        if (req.method === 'GET') {
          const doc = state.get(key);
          return doc === undefined ? send(res, 404) : send(res, 200, doc);
        }
        if (req.method === 'PUT' || req.method === 'POST') {
          state.set(key, await body(req));
          return send(res, 204);
        }
        if (req.method === 'DELETE') {
          state.delete(key);
          return send(res, 204);
        }
      }
      return send(res, 404);
    } catch (e) {
      problems.push(`${req.method} ${url.pathname}: ${(e as Error).message}`);
      return send(res, 400, { message: (e as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const endpoint = `${url}/xapi/`;

  return {
    url, endpoint, statements, problems, basicKey,
    refuse: (on) => { refusing = on; },
    cmi5Launch(opts = {}) {
      const registration = opts.registration ?? randomUUID();
      const activityId = opts.activityId ?? 'https://cluster-restore-lab.invalid/au/standard';
      const publisherId = opts.publisherId ?? 'https://cluster-restore-lab.invalid/au/standard-publisher';
      const actor = { objectType: 'Agent', name: 'Pat Trainee', account: { homePage: url, name: 'pat' } };
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity', id: publisherId }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() },
      };
      launchStart = statements.length;
      launch = { registration, activityId, actor, launchMode: opts.launchMode ?? 'Normal', masteryScore: opts.masteryScore, contextTemplate };
      const launchData = {
        contextTemplate, launchMode: launch.launchMode, moveOn: 'CompletedOrPassed',
        ...(opts.masteryScore !== undefined ? { masteryScore: opts.masteryScore } : {}),
        ...(opts.returnURL ? { returnURL: opts.returnURL } : {}),
      };
      const agentParam = JSON.stringify(actor);
      state.set(`activities/state|${activityId}|LMS.LaunchData|${registration}`, JSON.stringify(launchData));
      const fetchId = randomUUID();
      tokens.set(fetchId, Buffer.from(`cmi5:${randomUUID()}`).toString('base64'));
      const query = new URLSearchParams({ endpoint, fetch: `${url}/fetch/${fetchId}`, registration, activityId, actor: agentParam }).toString();
      return { query, launch };
    },
    stateDocument(stateId, registration) {
      return [...state].find(([key]) => key.startsWith('activities/state|') && key.endsWith(`|${stateId}|${registration}`))?.[1];
    },
    cmi5Problems() {
      return launch ? cmi5Problems(statements.slice(launchStart), launch) : ['no cmi5 launch'];
    },
    // A browser may hold a keep-alive or half-sent keepalive request open; close() alone would wait for it.
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
