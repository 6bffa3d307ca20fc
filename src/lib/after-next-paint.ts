/**
 * Runs `run` in a task of its own once the next frame is painted (where there are no frames, in
 * the next task). For work the first frame can do without. Returns a cancel function.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => { timer = setTimeout(run, 0); };
  if (typeof requestAnimationFrame !== 'function') {
    later();
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(later);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
