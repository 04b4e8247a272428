// A promise raced against a time limit, and the limits pdf.js is held to, the
// same in the renderer's import and in the CLI: a hostile file can keep
// pdf.js from ever answering.

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

/** `promise`'s value, or 'timeout' if it has not settled within `ms` (the work itself goes on). */
export async function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
