/**
 * Settles when `work` settles or `ms` milliseconds have passed, whichever is
 * first; never rejects (whoever started `work` still hears of its failure).
 */
export function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    const end = (): void => {
      clearTimeout(timer);
      done();
    };
    work.then(end, end);
  });
}

/**
 * Settles once the next frame has been painted (a task after the frame's
 * callbacks), or after `ms` when no frame comes (a hidden window draws none).
 */
export function afterPaint(ms = 100): Promise<void> {
  return settledWithin(new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0))), ms);
}
