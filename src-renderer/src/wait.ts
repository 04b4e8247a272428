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
