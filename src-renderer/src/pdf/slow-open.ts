// A PDF pdf.js takes too long to open (a damaged or hostile file can keep its
// worker busy for ever): the reader tells the user, and going back to the
// library closes it and ends its worker (pdfjs.ts, CLOSE_WAIT_MS); the import
// gives it up as unreadable. A page whose text pdf.js never finishes costs the
// import that page, not the ones after it (import/extract-pdf.ts).

/** How long opening a PDF in the reader may take before the user is told. */
export const SLOW_OPEN_MS = 15_000;

/**
 * How long the import waits for pdf.js to open a file (the user's time at a
 * password prompt not counted) before giving it up as unreadable.
 */
export const OPEN_TIME_LIMIT_MS = 15_000;

/** A page whose text takes the import longer than this is skipped, and the user told. */
export const PAGE_TIME_LIMIT_MS = 15_000;

/**
 * pdf.js's worker reads a file's pages one after the other: a page it never
 * finishes holds up every later one. After such a page the import opens the
 * file again in a fresh worker (the stuck one ended) and goes on from the
 * next page, this many times at most; after that the pages left are skipped.
 */
export const FRESH_WORKERS = 2;

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
