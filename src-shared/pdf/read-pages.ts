// A PDF's pages read in turn, the same way in the renderer's import and in
// the CLI: a page pdf.js cannot read costs that page; a page it never
// finishes costs that page too, and since its worker reads pages one after
// the other, the pages after it are read from the file opened again in a
// fresh worker (FRESH_WORKERS times at most; then the rest are skipped).
import { FRESH_WORKERS, PAGE_TIME_LIMIT_MS, withinTime } from '../time-limit';

/** A document open in pdf.js, and how to let it and its worker go. */
export interface OpenDoc<D> {
  doc: D;
  close(): Promise<void>;
}

/** Why a page's text is missing: pdf.js failed on it, or did not finish it in time. */
export type SkipReason = 'failed' | 'timeout';

export interface SkippedPage {
  page: number;
  why: SkipReason;
}

export interface PageReading<O extends OpenDoc<unknown>, P> {
  numPages: number;
  /** Page `n` (1-based) of `doc`. */
  read(doc: O['doc'], n: number): Promise<P>;
  /** The file opened again in a fresh worker, or null if it could not be. */
  reopen(): Promise<O | null>;
  /** Pages asked for ahead of the one being read, so the worker never waits for a round trip (default 1). */
  ahead?: number;
  /** Called once page `n` is read or skipped. */
  onPage?(n: number): void;
}

export interface PagesRead<O, P> {
  /** Each page's reading, null where it was skipped. */
  pages: Array<P | null>;
  skipped: SkippedPage[];
  /** The document last opened: the caller closes it (it was closed already if `stuck`). */
  opened: O;
  /** Whether the fresh workers ran out and the pages after the last stuck one were skipped unread. */
  stuck: boolean;
}

export async function readPdfPages<O extends OpenDoc<unknown>, P>(
  first: O,
  how: PageReading<O, P>,
): Promise<PagesRead<O, P>> {
  const { numPages } = how;
  const ahead = Math.max(1, how.ahead ?? 1);
  const pages: Array<P | null> = [];
  const skipped: SkippedPage[] = [];
  let opened = first;
  let asked = new Map<number, Promise<{ page: P } | 'failed'>>();
  let fresh = 0;
  let stuck = false;
  const skip = (n: number, why: SkipReason) => {
    pages.push(null);
    skipped.push({ page: n, why });
  };
  for (let n = 1; n <= numPages; n++) {
    if (stuck) {
      skip(n, 'timeout');
      how.onPage?.(n);
      continue;
    }
    const { doc } = opened;
    for (let k = n; k < n + ahead && k <= numPages; k++)
      if (!asked.has(k))
        asked.set(
          k,
          how.read(doc, k).then(
            (page) => ({ page }),
            () => 'failed' as const,
          ),
        );
    const work = asked.get(n) ?? Promise.resolve('failed' as const);
    asked.delete(n);
    const result = await withinTime(work, PAGE_TIME_LIMIT_MS);
    if (result === 'timeout') {
      skip(n, 'timeout');
      // The worker is still on this page, and every page asked after it waits behind it.
      asked = new Map();
      void opened.close().catch(() => undefined);
      const next = n < numPages && fresh < FRESH_WORKERS ? await how.reopen().catch(() => null) : null;
      fresh++;
      if (next) opened = next;
      else stuck = true;
    } else if (result === 'failed') skip(n, 'failed');
    else pages.push(result.page);
    how.onPage?.(n);
  }
  return { pages, skipped, opened, stuck };
}

/**
 * The error for a file none of whose pages could be read, or null if some
 * page was: too complex when pdf.js finished none of them in time, damaged
 * otherwise. (A scan whose pages read but hold no text is not this.)
 */
export function noPageRead(
  skipped: readonly SkippedPage[],
  numPages: number,
): 'pdf-too-complex' | 'pdf-invalid' | null {
  if (numPages === 0 || skipped.length < numPages) return null;
  return skipped.every((s) => s.why === 'timeout') ? 'pdf-too-complex' : 'pdf-invalid';
}
