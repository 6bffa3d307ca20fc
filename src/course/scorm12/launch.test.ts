// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Scorm12API } from 'scorm-again'; // the types of the subpath export a default the ESM build does not have
import type { Attempt } from '../../sim/attempt/attempt.ts';
import { findScenario } from '../../sim/scenarios/catalog.ts';
import type { Mode, Scenario } from '../../sim/scenarios/types.ts';
import { labSession, resumeLab, sendLab, startLab } from '../../store/lab-session.ts';
import { useStorageProblems } from '../../store/storage-problems.ts';
import { encodeSuspendData } from '../suspend-data.ts';
import { launchScorm12, type Scorm12Hooks } from './launch.ts';

const f11 = findScenario('f11-organisation-mismatch')!; // the shortest: a few actions, then stop

function hooks(scenarioId: string | null = f11.id, mode: Mode = 'assessment', local?: Attempt) {
  const h = {
    link: { scenarioId, mode },
    findScenario,
    bootStandalone: vi.fn(),
    begin: vi.fn(() => startLab(f11, mode, 1)),
    resume: vi.fn((scenario: Scenario, m: Mode, attempt: Attempt) => resumeLab(scenario, m, attempt, Date.now())),
    localAttempt: vi.fn(() => local),
    keptLocally: () => true,
  } satisfies Scorm12Hooks;
  return h;
}

/** A window whose parent holds the LMS's API, as an LMS frame does. */
function lmsFrame(api: unknown): Window {
  const parent = { API: api } as unknown as Window;
  (parent as { parent: Window }).parent = parent;
  const events = new EventTarget();
  return Object.assign(events, { parent, opener: null }) as unknown as Window;
}

const newApi = () => new Scorm12API({ logLevel: 5, autocommit: false });
const problems = () => useStorageProblems.getState().problems.map((p) => p.message);
let stop = () => {};
afterEach(() => { stop(); useStorageProblems.getState().clear(); vi.useRealTimers(); });

describe('SCORM 1.2 launch', () => {
  test('no LMS found: the lab boots standalone and says nothing alarming', () => {
    const h = hooks();
    stop = launchScorm12(h, lmsFrame(undefined));
    expect(h.bootStandalone).toHaveBeenCalledOnce();
    expect(problems()).toEqual([]);
  });

  test('a finished attempt reports status, score, interactions and a normal exit', () => {
    const api = newApi();
    const h = hooks();
    stop = launchScorm12(h, lmsFrame(api));
    expect(h.begin).toHaveBeenCalledOnce();
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    for (const event of f11.solution) sendLab(event);
    expect(labSession.getState().snapshot.status).not.toBe('active');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('100');
    expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
    expect(api.LMSGetValue('cmi.core.exit')).toBe('');
    const committed = JSON.parse(JSON.stringify(api.renderCommitCMI(true))) as { cmi: { core: { session_time: string }; interactions: Record<string, { id: string; type: string; result: string; latency: string }> } };
    expect(committed.cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(Object.values(committed.cmi.interactions)).toMatchObject([{ id: 'mistake-1-F11', type: 'performance', result: 'wrong' }]);
    expect(api.LMSGetValue('cmi.suspend_data')).toBe('');
    expect(problems()).toEqual([]);
  });

  test('relaunch with suspend_data only: the attempt resumes where the trainee left', () => {
    const partial: Attempt = { version: 2, scenarioId: f11.id, seed: 1, events: f11.solution.slice(0, 2).map((event, i) => ({ event, at: (i + 1) * 1000 })) };
    const api = newApi();
    api.loadFromJSON({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: encodeSuspendData(partial) });
    const h = hooks();
    stop = launchScorm12(h, lmsFrame(api));
    expect(h.resume).toHaveBeenCalledWith(f11, 'assessment', partial);
    expect(labSession.getState().attempt.events.map((e) => e.event)).toEqual(partial.events.map((e) => e.event));
  });

  test('malformed suspend_data: reported, and a new attempt starts', () => {
    const api = newApi();
    api.loadFromJSON({ core: { entry: 'resume' }, suspend_data: 'crl1.@@garbage' });
    const h = hooks();
    stop = launchScorm12(h, lmsFrame(api));
    expect(h.begin).toHaveBeenCalledOnce();
    expect(problems()).toEqual(['The attempt saved in the learning platform could not be read: the text is damaged or cut short. A new attempt starts.']);
  });

  test('an LMS call that fails is shown once, with the LMS error, and the lab carries on', () => {
    const api = newApi();
    const h = hooks();
    stop = launchScorm12(h, lmsFrame(api));
    let failed = false; // as an LMS does: the last call's error, reset by the next call
    const getValue = api.LMSGetValue.bind(api);
    vi.spyOn(api, 'LMSGetValue').mockImplementation((element: string) => { failed = false; return getValue(element); });
    vi.spyOn(api, 'LMSCommit').mockImplementation(() => { failed = true; return 'false'; });
    vi.spyOn(api, 'LMSGetLastError').mockImplementation(() => (failed ? '101' : '0'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const event of f11.solution) sendLab(event);
    expect(problems()).toEqual([expect.stringMatching(/^The learning platform did not accept saving your progress \(error 101: .+\)\. Your attempt is still kept in this browser\.$/)]);
    expect(warn).toHaveBeenCalledOnce();
  });
});
