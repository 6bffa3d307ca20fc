import { z } from '../zod.ts';
import { simEventSchema } from '../events-schema.ts';
import { BRANCH_IDS } from '../machines/branches.ts';
import { procedureMachine } from '../machines/procedure-machine.ts';
import { NODES } from '../world/names.ts';
import type { Scenario } from './types.ts';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Leaf and compound state ids of the procedure machine, without the `lab.` prefix (`failure.directoryFailed`, `orgMismatch`). */
export const PROCEDURE_STATES: readonly string[] = (() => {
  const out: string[] = [];
  const walk = (node: { states: Record<string, unknown> }, prefix: string) => {
    for (const [key, child] of Object.entries(node.states)) {
      out.push(prefix + key);
      walk(child as { states: Record<string, unknown> }, `${prefix}${key}.`);
    }
  };
  walk(procedureMachine.root, '');
  return out;
})();

export const LIMITS = { id: 64, title: 120, briefing: 4000, events: 5000, fileBytes: 1_000_000, org: 64 } as const;

/** Control characters other than tab and line breaks. */
const isControl = (ch: string) => {
  const c = ch.charCodeAt(0);
  return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127;
};

// Plain text only: it is shown as text, never as HTML, but control characters have no business in it.
const plainText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
    .refine((s) => ![...s].some(isControl), 'must be plain text (no control characters)');

const setupSchema = z.strictObject({
  owner: z.enum(NODES, { error: 'must be NODE1 or NODE2' }),
  damaged: z.array(z.enum(['MSExchangeDS', 'MSExchangeIS'], { error: 'must be MSExchangeDS or MSExchangeIS' })).max(2),
  tapeCataloged: z.boolean(),
  installedOrg: z.string().min(1, 'must not be empty').max(LIMITS.org).regex(/^[A-Za-z0-9 ._-]+$/, 'letters, digits, spaces, dots, dashes and underscores only'),
  nodesDown: z.array(z.enum(NODES, { error: 'must be NODE1 or NODE2' })).max(1, 'at most one node can be down at the start'),
  mailboxHistory: z.boolean(),
}).partial();

const successSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('done') }),
  z.strictObject({ kind: z.literal('abandon-in'), state: z.enum(PROCEDURE_STATES as [string, ...string[]], { error: 'must be a state of the procedure (e.g. orgMismatch)' }) }),
]);

export const scenarioSchema = z.strictObject({
  id: z.string().min(1, 'must not be empty').max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes only (e.g. f2-directory-online)'),
  title: plainText(LIMITS.title),
  briefing: plainText(LIMITS.briefing),
  branch: z.enum(BRANCH_IDS as [string, ...string[]], { error: `must be null or one of ${BRANCH_IDS.join(', ')}` }).nullable(),
  setup: setupSchema,
  prelude: z.array(simEventSchema).max(LIMITS.events, `must have at most ${LIMITS.events} events`),
  success: successSchema,
  solution: z.array(simEventSchema).min(1, 'must have at least one event').max(LIMITS.events, `must have at most ${LIMITS.events} events`),
});

type Issue = z.core.$ZodIssue & { input?: unknown };

/** One line per problem, each naming the field: `solution.3.node: must be NODE1 or NODE2`. */
function describe(issues: readonly Issue[]): string {
  return issues.map((i) => {
    const path = i.path.length ? i.path.map(String).join('.') : '(root)';
    const last = i.path.at(-1);
    if (i.code === 'invalid_union' && 'note' in i && i.note === 'No matching discriminator') {
      const value = i.input && typeof i.input === 'object' ? (i.input as Record<string, unknown>)[String(last)] : undefined;
      const shown = value === undefined ? 'missing' : JSON.stringify(value);
      if (last === 'type') return `${path}: unknown event type ${shown}`;
      if (last === 'kind' && i.path.includes('fault')) return `${path}: unknown fault ${shown}`;
      if (last === 'kind') return `${path}: unknown success rule ${shown} (expected "done" or "abandon-in")`;
    }
    if (i.code === 'invalid_type' && i.input === undefined) return `${path}: is required`;
    if (i.code === 'unrecognized_keys') return `${path}: unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${path}: ${i.message}`;
  }).join('; ');
}

/**
 * Validates a scenario from an untrusted place (a file, an instructor's paste). Pass the catalog
 * to refuse an id that is already taken. Never throws.
 */
export function parseScenario(json: unknown, options: { catalog?: readonly Scenario[] } = {}): ParseResult {
  const parsed = scenarioSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describe(parsed.error.issues as Issue[]) };
  const scenario = parsed.data as Scenario;
  if (options.catalog?.some((s) => s.id === scenario.id)) return { ok: false, error: `id: a scenario with id "${scenario.id}" already exists` };
  return { ok: true, scenario };
}

/** Reads a scenario file (JSON text). The error names the field, e.g. `solution.3.node: …`. */
export function parseScenarioFile(text: string, options: { catalog?: readonly Scenario[] } = {}): ParseResult {
  if (text.length > LIMITS.fileBytes) return { ok: false, error: `(file): the file is larger than ${LIMITS.fileBytes / 1_000_000} MB` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `(file): not valid JSON (${(e as Error).message})` };
  }
  return parseScenario(json, options);
}
