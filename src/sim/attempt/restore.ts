import { describeIssues, metaEventSchema, simEventSchema } from '../events-schema.ts';
import { ATTEMPT_VERSION, type Attempt, type AttemptEntry } from './attempt.ts';

export type RestoreResult = { ok: true; attempt: Attempt; migratedFrom: number | null } | { ok: false; reason: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Version 1 stored bare events with a `time` field and called the scenario `scenario`.
 * Version 2 wraps each as `{ event, at }`.
 */
function fromV1(raw: Record<string, unknown>): Record<string, unknown> {
  const events = Array.isArray(raw.events) ? raw.events : [];
  return {
    version: 2,
    scenarioId: raw.scenario,
    seed: raw.seed,
    events: events.map((e) => {
      if (!isRecord(e)) return e;
      const { time, ...event } = e;
      return { event, at: typeof time === 'number' ? time : 0 };
    }),
  };
}

/**
 * Reads an attempt from untrusted JSON (storage, a file). Migrates older versions; refuses newer
 * ones and garbled entries, naming the entry and the problem. Never throws.
 */
export function restoreAttempt(raw: unknown): RestoreResult {
  if (!isRecord(raw)) return { ok: false, reason: 'An attempt must be a JSON object.' };
  const version = raw.version;
  if (typeof version !== 'number') return { ok: false, reason: 'The attempt has no version number.' };
  if (version > ATTEMPT_VERSION) return { ok: false, reason: `The attempt was saved by a newer version of the lab (format ${version}; this lab reads up to ${ATTEMPT_VERSION}).` };
  if (version < 1) return { ok: false, reason: `Attempt format ${version} is too old to read.` };
  const data = version === 1 ? fromV1(raw) : raw;
  if (typeof data.scenarioId !== 'string' || !data.scenarioId) return { ok: false, reason: 'The attempt does not say which scenario it belongs to.' };
  if (typeof data.seed !== 'number' || !Number.isFinite(data.seed)) return { ok: false, reason: 'The attempt has no valid seed.' };
  if (!Array.isArray(data.events)) return { ok: false, reason: 'The attempt has no event list.' };
  const events: AttemptEntry[] = [];
  for (const [i, entry] of data.events.entries()) {
    if (!isRecord(entry) || !isRecord(entry.event)) return { ok: false, reason: `Event ${i + 1} is not an event object.` };
    const sim = simEventSchema.safeParse(entry.event);
    const meta = sim.success ? null : metaEventSchema.safeParse(entry.event);
    if (!sim.success && !meta?.success) {
      const type = typeof entry.event.type === 'string' ? `'${entry.event.type}'` : 'without a type';
      return { ok: false, reason: `Event ${i + 1} (${type}) cannot be replayed: ${describeIssues(sim.error)}` };
    }
    events.push({ event: sim.success ? sim.data : meta!.data!, at: typeof entry.at === 'number' ? entry.at : 0 });
  }
  return { ok: true, attempt: { version: ATTEMPT_VERSION, scenarioId: data.scenarioId, seed: data.seed, events }, migratedFrom: version === ATTEMPT_VERSION ? null : version };
}
