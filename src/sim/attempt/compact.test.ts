import { describe, expect, test } from 'vitest';
import { ATTEMPT_VERSION, type Attempt } from './attempt.ts';
import { COMPACT_VERSION, EVENT_CODES, compactAttempt, expandAttempt } from './compact.ts';
import { restoreAttempt } from './restore.ts';

const attempt: Attempt = {
  version: ATTEMPT_VERSION, scenarioId: 'standard', seed: 3,
  events: [
    { event: { type: 'app.open', node: 'NODE1', app: 'services' }, at: 1200 },
    { event: { type: 'service.stop', node: 'NODE1', service: 'MSExchangeDS' }, at: 3000 },
    { event: { type: 'clock.tick', ms: 250 }, at: 3250 },
    { event: { type: 'clock.tick', ms: 250 }, at: 3500 },
    { event: { type: 'clock.tick', ms: 250 }, at: 3750 },
    { event: { type: 'clock.tick', ms: 2500 }, at: 4000 },
    { event: { type: 'hint.take', rung: 2 }, at: 5000 },
    { event: { type: 'attempt.undo' }, at: 5100 },
    { event: { type: 'clock.tick', ms: 30_000, skip: true }, at: 5200 },
  ],
};

describe('compact attempt', () => {
  test('ticks of one size become one run (a skip tick stays whole); other events keep their fields in order', () => {
    const c = compactAttempt(attempt);
    expect(c).toEqual({
      v: COMPACT_VERSION, s: 'standard', d: 3,
      e: [[1, 1200, 'NODE1', 'services'], [12, 1800, 'NODE1', 'MSExchangeDS'], [0, 750, 250, 3], [0, 250, 2500, 1], [26, 1000, 2], [27, 100], [0, 100, 30_000, 0, true]],
    });
  });

  test('expands back to an attempt restoreAttempt accepts, equal to the original', () => {
    const expanded = expandAttempt(JSON.parse(JSON.stringify(compactAttempt(attempt))));
    if (!expanded.ok) throw new Error(expanded.reason);
    expect(restoreAttempt(expanded.raw)).toEqual({ ok: true, attempt, migratedFrom: null });
  });

  test('every event type has a code', () => {
    expect(new Set(EVENT_CODES).size).toBe(EVENT_CODES.length);
  });

  test.each([
    ['not an object', 5, 'not a saved attempt'],
    ['another format', { v: 9, e: [] }, 'format 9'],
    ['unknown code', { v: 1, s: 'x', d: 1, e: [[99, 0]] }, 'record 1 is not a known event'],
    ['negative time', { v: 1, s: 'x', d: 1, e: [[1, -5]] }, 'record 1 is not a known event'],
    ['broken tick run', { v: 1, s: 'x', d: 1, e: [[0, 10, 250, 0]] }, 'record 1 is a broken run'],
  ])('refuses %s with a reason', (_name, data, reason) => {
    const r = expandAttempt(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});
