import { afterEach, expect, test, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function stubFrames() {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => { frames[id - 1] = () => {}; });
  return () => frames.splice(0).forEach((cb) => cb(0));
}

test('runs in a task after the next frame, not in the frame itself', () => {
  vi.useFakeTimers();
  const paint = stubFrames();
  const run = vi.fn();
  afterNextPaint(run);
  vi.runAllTimers();
  expect(run).not.toHaveBeenCalled();
  paint();
  expect(run).not.toHaveBeenCalled();
  vi.runAllTimers();
  expect(run).toHaveBeenCalledTimes(1);
});

test('cancelled before or after the frame, it never runs', () => {
  vi.useFakeTimers();
  const paint = stubFrames();
  const early = vi.fn();
  const late = vi.fn();
  afterNextPaint(early)();
  const cancelLate = afterNextPaint(late);
  paint();
  cancelLate();
  vi.runAllTimers();
  expect(early).not.toHaveBeenCalled();
  expect(late).not.toHaveBeenCalled();
});
