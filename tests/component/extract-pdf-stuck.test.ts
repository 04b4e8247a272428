// pdf.js's worker reads a PDF's pages in turn: a page it never finishes held
// up every later one, each then waiting its own PAGE_TIME_LIMIT_MS (a 352-page
// book with a hostile page 2 took hours). The import now skips that page, opens
// the file again in a fresh worker and goes on, FRESH_WORKERS times at most.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { full, page } from '../unit/text/pdf-helpers';

/** A never-settling promise: what a worker busy for ever answers. */
const never = <T>() => new Promise<T>(() => undefined);

const fake = vi.hoisted(() => ({
  /** Pages pdf.js never finishes (and, once on one, nothing else from that worker). */
  hanging: new Set<number>(),
  /** Whether the first worker never answers the outline and metadata either. */
  silentOutline: false,
  opened: [] as Array<{ password: unknown; closed: boolean }>,
}));

vi.mock('../../src-renderer/src/pdf/pdfjs', () => ({
  endPdfWorker: () => undefined,
  openPdf: async (_bytes: unknown, _ask: unknown, password: unknown) => {
    const me = { password, closed: false };
    fake.opened.push(me);
    const first = fake.opened.length === 1;
    let stuck = false;
    const answer = <T>(value: () => T): Promise<T> =>
      stuck || me.closed ? never<T>() : Promise.resolve().then(value);
    const doc = {
      numPages: 6,
      getPage: (n: number) =>
        answer(() => ({
          view: [0, 0, 595, 842],
          getTextContent: () => {
            if (fake.hanging.has(n)) stuck = true;
            return answer(() => ({
              items: page([full(`第${n}页的文字`), full('其余')], { top: 600 }).items,
            }));
          },
          getAnnotations: () => answer(() => []),
          cleanup: () => undefined,
        })),
      getOutline: () => (first && fake.silentOutline ? never() : answer(() => null)),
      getDestination: () => answer(() => null),
      getPageIndex: () => answer(() => 0),
      getMetadata: () =>
        first && fake.silentOutline ? never() : answer(() => ({ info: { Title: '年度报告' } })),
    };
    return {
      doc,
      task: {},
      password: first ? 'secret' : password,
      close: async () => {
        me.closed = true;
      },
    };
  },
}));
vi.mock('../../src-renderer/src/pdf/warm', () => ({
  takePdfWorker: async () => null,
  warmPdfWhenIdle: () => undefined,
}));

const { extractPdf } = await import('../../src-renderer/src/import/extract-pdf');
const { FRESH_WORKERS, PAGE_TIME_LIMIT_MS } = await import('../../src-renderer/src/pdf/slow-open');

describe('importing a PDF with a page pdf.js never finishes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fake.hanging.clear();
    fake.silentOutline = false;
    fake.opened = [];
  });
  afterEach(() => vi.useRealTimers());

  /** Imports the fake file; resolves with the result and the (fake) milliseconds it took. */
  async function importIt() {
    const started = Date.now();
    let done = false;
    const importing = extractPdf(new Uint8Array([37, 80, 68, 70]), {
      askPassword: async () => null,
      onProgress: () => undefined,
    }).finally(() => (done = true));
    // Handled by the caller once the clock has run; not "unhandled" meanwhile.
    importing.catch(() => undefined);
    for (let i = 0; i < 200 && !done; i++) await vi.advanceTimersByTimeAsync(1000);
    const pdf = await importing;
    return { pdf, took: Date.now() - started };
  }

  it('skips the page, reads the rest in a fresh worker, and waits for one page only', async () => {
    fake.hanging.add(2);
    const { pdf, took } = await importIt();
    expect(pdf.skippedPages).toEqual([2]);
    for (const n of [1, 3, 4, 5, 6]) expect(pdf.model.text).toContain(`第${n}页的文字`);
    expect(pdf.model.text).not.toContain('第2页的文字');
    // One wait for the stuck page, not one for each page queued behind it.
    expect(took).toBeLessThan(PAGE_TIME_LIMIT_MS * 2);
    // The stuck worker was ended; the file opened again with the password that opened it.
    expect(fake.opened).toHaveLength(2);
    expect(fake.opened[0]?.closed).toBe(true);
    expect(fake.opened[1]?.password).toBe('secret');
    expect(pdf.title).toBe('年度报告');
  });

  it('asks a fresh worker for the title when the stuck one never gave it', async () => {
    fake.hanging.add(1);
    fake.silentOutline = true;
    const { pdf, took } = await importIt();
    expect(pdf.skippedPages).toEqual([1]);
    expect(pdf.title).toBe('年度报告');
    expect(took).toBeLessThan(PAGE_TIME_LIMIT_MS * 2);
  });

  it('gives up on the pages left after FRESH_WORKERS fresh workers got stuck too', async () => {
    fake.hanging.add(2);
    fake.hanging.add(3);
    fake.hanging.add(4);
    fake.silentOutline = true;
    const { pdf, took } = await importIt();
    expect(pdf.skippedPages).toEqual([2, 3, 4, 5, 6]);
    expect(pdf.model.text).toContain('第1页的文字');
    expect(fake.opened).toHaveLength(1 + FRESH_WORKERS);
    expect(fake.opened.every((o) => o.closed)).toBe(true);
    // A wait per worker, and none for an outline the last (ended) worker will never send.
    expect(took).toBeLessThan(PAGE_TIME_LIMIT_MS * (FRESH_WORKERS + 2));
  });

  it('refuses a file none of whose pages pdf.js finished as too complex, its workers ended', async () => {
    for (let n = 1; n <= 6; n++) fake.hanging.add(n);
    await expect(importIt()).rejects.toMatchObject({ code: 'pdf-too-complex' });
    expect(fake.opened).toHaveLength(1 + FRESH_WORKERS);
    expect(fake.opened.every((o) => o.closed)).toBe(true);
  });
});
