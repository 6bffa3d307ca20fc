// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { GIVE_UP_MS, QUIET_MS, whenQuiet } from './when-quiet.ts';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

const click = () => dispatchEvent(new Event('pointerdown'));

test('waits for a pause in the trainee\'s input, then runs once', () => {
  const run = vi.fn();
  whenQuiet(run);
  vi.advanceTimersByTime(QUIET_MS - 100);
  click();
  vi.advanceTimersByTime(QUIET_MS - 100);
  expect(run).not.toHaveBeenCalled();
  vi.advanceTimersByTime(200);
  expect(run).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(GIVE_UP_MS);
  expect(run).toHaveBeenCalledTimes(1);
});

test('gives up waiting after a while of constant input', () => {
  const run = vi.fn();
  whenQuiet(run);
  for (let t = 0; t < GIVE_UP_MS - 300; t += 300) { click(); vi.advanceTimersByTime(300); }
  expect(run).not.toHaveBeenCalled();
  click();
  vi.advanceTimersByTime(400);
  expect(run).toHaveBeenCalledTimes(1);
});

test('cancelled, it never runs', () => {
  const run = vi.fn();
  whenQuiet(run)();
  vi.advanceTimersByTime(GIVE_UP_MS * 2);
  expect(run).not.toHaveBeenCalled();
});

test('with no give-up, constant input keeps it waiting', () => {
  const run = vi.fn();
  whenQuiet(run, { giveUpMs: Infinity });
  for (let t = 0; t < GIVE_UP_MS * 3; t += 300) { click(); vi.advanceTimersByTime(300); }
  expect(run).not.toHaveBeenCalled();
  vi.advanceTimersByTime(QUIET_MS + 100);
  expect(run).toHaveBeenCalledTimes(1);
});
