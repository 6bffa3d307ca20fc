import { z } from '../sim/zod.ts';
import type { Attempt } from '../sim/attempt/attempt.ts';
import { restoreAttempt } from '../sim/attempt/restore.ts';
import { findScenario } from '../sim/scenarios/catalog.ts';
import { reportSchema } from '../sim/scoring/report-schema.ts';
import { scoreAttempt } from '../sim/scoring/score.ts';
import type { Report } from '../sim/scoring/types.ts';
import {
  DEFAULT_SETTINGS, EXPORT_FORMAT, HISTORY_VERSION, MAX_FINISHED, inProgressKey,
  type FinishedAttempt, type HistoryV1, type PersistedHistory, type SavedAttempt,
} from './history-format.ts';
import type { Validation } from './safe-storage.ts';

/** How the saved history is checked when read back, and how version 1 migrates (loaded on demand: it brings zod). */

const MODES = ['practice', 'assessment', 'instructor'] as const;
const time = z.number().finite().min(0);
const savedBase = z.object({ mode: z.enum(MODES), startedAt: time, updatedAt: time, attempt: z.unknown() });
const finishedBase = savedBase.extend({ id: z.string().min(1).max(100), finishedAt: time, report: z.unknown() });
const settingsSchema = z.object({ clockSpeed: z.number().finite().min(0).max(1000), mapVisible: z.boolean() });

const v1Entry = z.object({ id: z.string().min(1).max(100), mode: z.enum(MODES), startedAt: time, finishedAt: time.nullable(), score: z.number().nullable(), attempt: z.unknown() });

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const where = (issues: z.core.$ZodIssue[]) => issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/** Reads one attempt and checks it belongs to a scenario this lab has. */
function readAttempt(raw: unknown): { ok: true; attempt: Attempt } | { ok: false; reason: string } {
  const r = restoreAttempt(raw);
  if (!r.ok) return r;
  if (!findScenario(r.attempt.scenarioId)) return { ok: false, reason: `it belongs to scenario "${r.attempt.scenarioId}", which this lab does not have` };
  return r;
}

/** Reads one saved attempt in progress without trusting it (a save, or one handed over by another tab). */
export function readSaved(raw: unknown): { ok: true; saved: SavedAttempt } | { ok: false; reason: string } {
  const base = savedBase.safeParse(raw);
  if (!base.success) return { ok: false, reason: where(base.error.issues) };
  const a = readAttempt(base.data.attempt);
  if (!a.ok) return { ok: false, reason: `attempt: ${a.reason}` };
  return { ok: true, saved: { mode: base.data.mode, startedAt: base.data.startedAt, updatedAt: base.data.updatedAt, attempt: a.attempt } };
}

function readFinished(raw: unknown, rescore: boolean): { ok: true; finished: FinishedAttempt } | { ok: false; reason: string } {
  const base = finishedBase.safeParse(raw);
  if (!base.success) return { ok: false, reason: where(base.error.issues) };
  const a = readAttempt(base.data.attempt);
  if (!a.ok) return { ok: false, reason: `attempt: ${a.reason}` };
  let report: Report;
  if (rescore) report = scoreAttempt(a.attempt, findScenario(a.attempt.scenarioId)!);
  else {
    const r = reportSchema.safeParse(base.data.report);
    if (!r.success) return { ok: false, reason: `report: ${where(r.error.issues)}` };
    report = r.data;
  }
  const { id, mode, startedAt, updatedAt, finishedAt } = base.data;
  return { ok: true, finished: { id, mode, startedAt, updatedAt, finishedAt, attempt: a.attempt, report } };
}

/** Validates a stored version 2 state, keeping every entry that reads and naming the others. */
export function validateV2(state: unknown, rescore = false): Validation<PersistedHistory> {
  if (!isRecord(state)) return { ok: false, reason: 'the saved state is not an object' };
  if (!isRecord(state.inProgress) || !Array.isArray(state.finished)) return { ok: false, reason: 'the saved state has no attempt lists' };
  const dropped: string[] = [];
  const inProgress: Record<string, SavedAttempt> = {};
  for (const [key, raw] of Object.entries(state.inProgress)) {
    const r = readSaved(raw);
    if (r.ok) inProgress[key] = r.saved;
    else dropped.push(`attempt in progress "${key}": ${r.reason}`);
  }
  const finished: FinishedAttempt[] = [];
  state.finished.forEach((raw, i) => {
    const r = readFinished(raw, rescore);
    if (r.ok) finished.push(r.finished);
    else dropped.push(`finished attempt ${i + 1}: ${r.reason}`);
  });
  const settings = settingsSchema.safeParse(state.settings);
  if (!settings.success && state.settings !== undefined) dropped.push(`settings: ${where(settings.error.issues)}`);
  return { ok: true, state: { inProgress, finished, settings: settings.success ? settings.data : { ...DEFAULT_SETTINGS } }, dropped };
}

/** Validates a stored version 1 state (entries that cannot be read are named and left out). */
export function validateV1(state: unknown): Validation<HistoryV1> {
  if (!isRecord(state) || !Array.isArray(state.attempts)) return { ok: false, reason: 'the saved state has no attempt list' };
  const dropped: string[] = [];
  const attempts: HistoryV1['attempts'] = [];
  state.attempts.forEach((raw, i) => {
    const base = v1Entry.safeParse(raw);
    if (!base.success) return void dropped.push(`attempt ${i + 1}: ${where(base.error.issues)}`);
    const a = readAttempt(base.data.attempt);
    if (!a.ok) return void dropped.push(`attempt ${i + 1}: ${a.reason}`);
    attempts.push({ ...base.data, attempt: a.attempt });
  });
  const clockSpeed = typeof state.clockSpeed === 'number' && Number.isFinite(state.clockSpeed) && state.clockSpeed >= 0 ? state.clockSpeed : undefined;
  return { ok: true, state: { attempts, clockSpeed }, dropped };
}

/**
 * Version 1 → 2: finished entries get a full report (recomputed from their events), unfinished
 * ones become in-progress saves keyed by scenario and mode (the latest wins).
 */
export function migrateV1(v1: HistoryV1): PersistedHistory {
  const out: PersistedHistory = { inProgress: {}, finished: [], settings: { ...DEFAULT_SETTINGS, clockSpeed: v1.clockSpeed ?? DEFAULT_SETTINGS.clockSpeed } };
  for (const e of v1.attempts) {
    const r = readAttempt(e.attempt);
    if (!r.ok) continue;
    const attempt = r.attempt;
    if (e.finishedAt !== null) {
      out.finished.push({ id: e.id, mode: e.mode, startedAt: e.startedAt, updatedAt: e.finishedAt, finishedAt: e.finishedAt, attempt, report: scoreAttempt(attempt, findScenario(attempt.scenarioId)!) });
    } else {
      const key = inProgressKey(attempt.scenarioId, e.mode);
      const lastAt = attempt.events.at(-1)?.at ?? 0;
      const saved: SavedAttempt = { attempt, mode: e.mode, startedAt: e.startedAt, updatedAt: e.startedAt + lastAt };
      if (!out.inProgress[key] || out.inProgress[key].startedAt <= e.startedAt) out.inProgress[key] = saved;
    }
  }
  out.finished.sort((a, b) => a.finishedAt - b.finishedAt);
  out.finished = out.finished.slice(-MAX_FINISHED);
  return out;
}

export function validateStored(state: unknown, version: number): Validation<PersistedHistory | HistoryV1> {
  if (version === 1) return validateV1(state);
  if (version === HISTORY_VERSION) return validateV2(state);
  return { ok: false, reason: `format ${version} is not one this lab knows` };
}

/** Parses an exported file (or a raw version 1/2 save) into history entries, or names the first problem. */
export function parseHistoryFile(text: string): { ok: true; history: PersistedHistory } | { ok: false; error: string } {
  if (text.length > 20_000_000) return { ok: false, error: 'The file is too large to be a lab history (over 20 MB).' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${(e as Error).message}).` };
  }
  if (!isRecord(json)) return { ok: false, error: 'The file does not contain a lab history (expected a JSON object).' };
  // An export wraps the state; a copy of the raw storage value is `{ state, version }`.
  const version = typeof json.version === 'number' ? json.version : null;
  const body = json.format === EXPORT_FORMAT ? json : isRecord(json.state) ? json.state : null;
  if (version === null || body === null) return { ok: false, error: 'The file is not a Cluster Restore Lab history export (no format or version).' };
  if (version > HISTORY_VERSION) return { ok: false, error: `The file was exported by a newer version of the lab (format ${version}; this lab reads up to ${HISTORY_VERSION}).` };
  if (version === 1) {
    const v1 = validateV1(body);
    if (!v1.ok) return { ok: false, error: `The file cannot be read: ${v1.reason}.` };
    if (v1.dropped.length) return { ok: false, error: `The file cannot be read: ${v1.dropped[0]}.` };
    return { ok: true, history: migrateV1(v1.state) };
  }
  if (version !== HISTORY_VERSION) return { ok: false, error: `The file has format ${version}, which this lab does not know.` };
  const v2 = validateV2({ inProgress: {}, ...body }, true);
  if (!v2.ok) return { ok: false, error: `The file cannot be read: ${v2.reason}.` };
  if (v2.dropped.length) return { ok: false, error: `The file cannot be read: ${v2.dropped[0]}.` };
  return { ok: true, history: v2.state };
}
