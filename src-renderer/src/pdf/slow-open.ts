// A PDF pdf.js takes too long to open (a damaged or hostile file can keep its
// worker busy for ever): the reader tells the user, and going back to the
// library closes it and ends its worker (pdfjs.ts, CLOSE_WAIT_MS); the import
// gives it up as unreadable. A page whose text pdf.js never finishes costs the
// import that page, not the ones after it (import/extract-pdf.ts).

/** How long opening a PDF in the reader may take before the user is told. */
export const SLOW_OPEN_MS = 15_000;

// The import's limits (opening, a page, fresh workers), shared with the CLI.
export { FRESH_WORKERS, OPEN_TIME_LIMIT_MS, PAGE_TIME_LIMIT_MS } from '@shared/time-limit';

/**
 * Runs `tell` once `ms` have passed, unless stopped first. Returns the stop:
 * after `tell` ran, stopping runs what it returned (taking the message back).
 */
export function tellIfSlow(tell: () => () => void, ms = SLOW_OPEN_MS): () => void {
  let untell: (() => void) | null = null;
  const timer = setTimeout(() => (untell = tell()), ms);
  return () => {
    clearTimeout(timer);
    untell?.();
    untell = null;
  };
}
