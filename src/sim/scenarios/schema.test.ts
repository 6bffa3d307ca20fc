import { describe, expect, test } from 'vitest';
import { SCENARIOS } from './catalog.ts';
import { parseScenario, parseScenarioFile, PROCEDURE_STATES } from './schema.ts';
import { standardScenario } from './standard.ts';

/** A valid scenario as plain JSON, with one part replaced. */
const base = () => JSON.parse(JSON.stringify({ ...standardScenario, id: 'my-drill' })) as Record<string, unknown>;
const withField = (patch: Record<string, unknown>) => ({ ...base(), ...patch });
const errorOf = (json: unknown) => {
  const r = parseScenario(json);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('scenario schema', () => {
  test('accepts a valid scenario and keeps it as data', () => {
    const r = parseScenario(base());
    expect(r.ok && r.scenario.id).toBe('my-drill');
    expect(PROCEDURE_STATES).toEqual(expect.arrayContaining(['orgMismatch', 'failure.directoryFailed', 'main.startServices', 'done']));
  });

  test.each<[string, unknown, string]>([
    ['not an object', 'standard', '(root): Invalid input: expected object, received string'],
    ['empty id', withField({ id: '' }), 'id: must not be empty'],
    ['id with spaces and capitals', withField({ id: 'My Drill' }), 'id: lower-case letters, digits and dashes only'],
    ['id of the wrong type', withField({ id: 7 }), 'id: Invalid input: expected string, received number'],
    ['missing title', (() => { const j = base(); delete j.title; return j; })(), 'title: is required'],
    ['title too long', withField({ title: 'x'.repeat(121) }), 'title: must be at most 120 characters'],
    ['briefing too long', withField({ briefing: 'x'.repeat(4001) }), 'briefing: must be at most 4000 characters'],
    ['briefing blank', withField({ briefing: '   ' }), 'briefing: must not be empty'],
    ['briefing with a control character', withField({ briefing: 'Restore\u0007 now (Q238063)' }), 'briefing: must be plain text (no control characters)'],
    ['unknown branch', withField({ branch: 'F99' }), 'branch: must be null or one of F1, F2'],
    ['setup.owner not a node', withField({ setup: { owner: 'NODE3' } }), 'setup.owner: must be NODE1 or NODE2'],
    ['setup.nodesDown with both nodes', withField({ setup: { nodesDown: ['NODE1', 'NODE2'] } }), 'setup.nodesDown: at most one node can be down at the start'],
    ['setup.damaged not a database', withField({ setup: { damaged: ['MSExchangeMTA'] } }), 'setup.damaged.0: must be MSExchangeDS or MSExchangeIS'],
    ['setup.tapeCataloged not a boolean', withField({ setup: { tapeCataloged: 'no' } }), 'setup.tapeCataloged: Invalid input: expected boolean, received string'],
    ['unknown setup field', withField({ setup: { weather: 'rain' } }), 'setup: unknown field "weather"'],
    ['unknown top-level field', withField({ html: '<b>hi</b>' }), '(root): unknown field "html"'],
    ['solution not an array', withField({ solution: { type: 'clock.tick', ms: 1 } }), 'solution: Invalid input: expected array, received object'],
    ['empty solution', withField({ solution: [] }), 'solution: must have at least one event'],
    ['unknown event in the solution', withField({ solution: [{ type: 'clock.tick', ms: 1 }, { type: 'warp.drive' }] }), 'solution.1.type: unknown event type "warp.drive"'],
    ['event without a type', withField({ solution: [{ node: 'NODE1' }] }), 'solution.0.type: unknown event type missing'],
    ['wrong node in a solution event', withField({ solution: [{ type: 'app.open', node: 'NODE1', app: 'backup' }, { type: 'clock.tick', ms: 1 }, { type: 'app.open', node: 'NODE1', app: 'backup' }, { type: 'service.start', node: 'NODE9', service: 'MSExchangeDS' }] }), 'solution.3.node: Invalid option: expected one of "NODE1"|"NODE2"'],
    ['prelude event invalid', withField({ prelude: [{ type: 'clock.tick', ms: -5 }] }), 'prelude.0.ms: Too small'],
    ['prelude not an array', withField({ prelude: 'steps 1-3' }), 'prelude: Invalid input: expected array, received string'],
    ['unknown fault', withField({ prelude: [{ type: 'fault.inject', fault: { kind: 'meteor-strike' } }] }), 'prelude.0.fault.kind: unknown fault "meteor-strike"'],
    ['fault on a node that does not exist', withField({ prelude: [{ type: 'fault.inject', fault: { kind: 'node-down', node: 'NODE7' } }] }), 'prelude.0.fault.node: Invalid option'],
    ['unknown success rule', withField({ success: { kind: 'vibes' } }), 'success.kind: unknown success rule "vibes"'],
    ['abandon-in a state that does not exist', withField({ success: { kind: 'abandon-in', state: 'heaven' } }), 'success.state: must be a state of the procedure'],
  ])('refuses %s, naming the field', (_name, json, message) => {
    expect(errorOf(json)).toContain(message);
  });

  test('lists every problem, each with its field', () => {
    const error = errorOf(withField({ id: '', setup: { owner: 'NODE3' } }));
    expect(error).toContain('id: must not be empty');
    expect(error).toContain('setup.owner: must be NODE1 or NODE2');
  });

  test('refuses an id the catalog already has, when given the catalog', () => {
    expect(parseScenario({ ...base(), id: 'standard' }, { catalog: SCENARIOS })).toEqual({ ok: false, error: 'id: a scenario with id "standard" already exists' });
    expect(parseScenario({ ...base(), id: 'standard' }).ok).toBe(true);
  });

  test('reads files: bad JSON and oversized files are refused, text stays text', () => {
    expect(parseScenarioFile('{ "id": ')).toMatchObject({ ok: false, error: expect.stringMatching(/^\(file\): not valid JSON/) });
    expect(parseScenarioFile(' '.repeat(1_000_001))).toEqual({ ok: false, error: '(file): the file is larger than 1 MB' });
    const markup = '<img src=x onerror=alert(1)> Restore EXCHVS1 (Q238063).';
    const r = parseScenarioFile(JSON.stringify(withField({ briefing: markup })));
    expect(r.ok && r.scenario.briefing).toBe(markup); // kept verbatim; the UI renders it as text
  });
});
