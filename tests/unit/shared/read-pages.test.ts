// readPdfPages: the one loop the app's import and the CLI read a PDF's pages
// with. A page that fails costs that page; a page never finished costs that
// page and the worker, and the rest are read from a fresh one (FRESH_WORKERS
// at most); pages are asked ahead, in order.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noPageRead, readPdfPages, type OpenDoc } from '../../../src-shared/pdf/read-pages';
import { FRESH_WORKERS, PAGE_TIME_LIMIT_MS } from '../../../src-shared/time-limit';

interface FakeDoc {
  worker: number;
  closed: boolean;
  /** Set once the worker is on a page it never finishes: it answers nothing more. */
  busy: boolean;
}

/** A file of `numPages`; `broken` pages throw, `hanging` ones never answer (nor anything after). */
function fakeFile(numPages: number, broken: number[] = [], hanging: number[] = []) {
  const docs: FakeDoc[] = [];
  const asked: Array<[number, number]> = [];
  const open = (): OpenDoc<FakeDoc> => {
    const doc: FakeDoc = { worker: docs.length + 1, closed: false, busy: false };
    docs.push(doc);
    return {
      doc,
      close: async () => {
        doc.closed = true;
      },
    };
  };
  const read = async (doc: FakeDoc, n: number): Promise<string> => {
    asked.push([doc.worker, n]);
    await Promise.resolve();
    if (doc.busy || doc.closed) return new Promise(() => undefined);
    if (hanging.includes(n)) {
      doc.busy = true;
      return new Promise(() => undefined);
    }
    if (broken.includes(n)) throw new Error(`page ${n} is damaged`);
    return `text of page ${n}`;
  };
  return { docs, asked, open, read, numPages };
}

describe('readPdfPages', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads every page in order, asking `ahead` pages before the one it waits for', async () => {
    const file = fakeFile(5);
    const done: number[] = [];
    const read = await readPdfPages(file.open(), {
      numPages: 5,
      ahead: 3,
      read: file.read,
      reopen: async () => file.open(),
      onPage: (n) => done.push(n),
    });
    expect(read.pages).toEqual([1, 2, 3, 4, 5].map((n) => `text of page ${n}`));
    expect(read.skipped).toEqual([]);
    expect(read.stuck).toBe(false);
    expect(done).toEqual([1, 2, 3, 4, 5]);
    // Pages 1-3 were asked before page 1 was taken.
    expect(file.asked.slice(0, 3).map(([, n]) => n)).toEqual([1, 2, 3]);
    expect(file.docs).toHaveLength(1);
  });

  it('skips a page pdf.js fails on and reads the rest from the same worker, at once', async () => {
    const file = fakeFile(3, [2]);
    const read = await readPdfPages(file.open(), {
      numPages: 3,
      read: file.read,
      reopen: async () => file.open(),
    });
    expect(read.pages).toEqual(['text of page 1', null, 'text of page 3']);
    expect(read.skipped).toEqual([{ page: 2, why: 'failed' }]);
    expect(file.docs).toHaveLength(1);
  });

  it('skips a page never finished after PAGE_TIME_LIMIT_MS, ends that worker and reads on in a fresh one', async () => {
    const file = fakeFile(4, [], [2]);
    const first = file.open();
    const reading = readPdfPages(first, {
      numPages: 4,
      ahead: 2,
      read: file.read,
      reopen: async () => file.open(),
    });
    await vi.advanceTimersByTimeAsync(PAGE_TIME_LIMIT_MS);
    const read = await reading;
    expect(read.pages).toEqual(['text of page 1', null, 'text of page 3', 'text of page 4']);
    expect(read.skipped).toEqual([{ page: 2, why: 'timeout' }]);
    expect(file.docs.map((d) => d.closed)).toEqual([true, false]);
    // The caller closes the document read last.
    expect(read.opened.doc).toBe(file.docs[1]);
    expect(read.stuck).toBe(false);
    // Page 3 was asked of the first worker too, but taken from the second.
    expect(file.asked.filter(([w]) => w === 2).map(([, n]) => n)).toEqual([3, 4]);
  });

  it(`opens a fresh worker ${FRESH_WORKERS} times at most, then skips the pages left unread`, async () => {
    const file = fakeFile(6, [], [1, 2, 3]);
    const reading = readPdfPages(file.open(), {
      numPages: 6,
      read: file.read,
      reopen: async () => file.open(),
    });
    await vi.advanceTimersByTimeAsync(PAGE_TIME_LIMIT_MS * (FRESH_WORKERS + 1));
    const read = await reading;
    expect(read.pages).toEqual([null, null, null, null, null, null]);
    expect(read.skipped.map((s) => s.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(read.skipped.every((s) => s.why === 'timeout')).toBe(true);
    expect(read.stuck).toBe(true);
    expect(file.docs).toHaveLength(1 + FRESH_WORKERS);
    expect(file.docs.every((d) => d.closed)).toBe(true);
  });

  it('skips the pages left when the file cannot be opened again', async () => {
    const file = fakeFile(3, [], [1]);
    const reading = readPdfPages(file.open(), {
      numPages: 3,
      read: file.read,
      reopen: async () => {
        throw new Error('no worker');
      },
    });
    await vi.advanceTimersByTimeAsync(PAGE_TIME_LIMIT_MS);
    const read = await reading;
    expect(read.skipped.map((s) => s.page)).toEqual([1, 2, 3]);
    expect(read.stuck).toBe(true);
  });

  it('does not open a fresh worker when the page never finished was the last', async () => {
    const file = fakeFile(2, [], [2]);
    const reading = readPdfPages(file.open(), {
      numPages: 2,
      read: file.read,
      reopen: async () => file.open(),
    });
    await vi.advanceTimersByTimeAsync(PAGE_TIME_LIMIT_MS);
    const read = await reading;
    expect(read.pages).toEqual(['text of page 1', null]);
    expect(file.docs).toHaveLength(1);
  });
});

describe('noPageRead', () => {
  it('is null while any page was read, and for a file of no pages', () => {
    expect(noPageRead([{ page: 2, why: 'failed' }], 3)).toBeNull();
    expect(noPageRead([], 0)).toBeNull();
  });

  it('calls a file too complex when pdf.js finished none of its pages, damaged when it failed on any', () => {
    const hung = [1, 2].map((page) => ({ page, why: 'timeout' as const }));
    expect(noPageRead(hung, 2)).toBe('pdf-too-complex');
    expect(
      noPageRead(
        [
          { page: 1, why: 'failed' },
          { page: 2, why: 'timeout' },
        ],
        2,
      ),
    ).toBe('pdf-invalid');
    expect(noPageRead([{ page: 1, why: 'failed' }], 1)).toBe('pdf-invalid');
  });
});
